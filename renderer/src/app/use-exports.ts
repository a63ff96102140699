import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../electron/shared/ipc-contract';
import type { LogSession } from './use-log-session';
import type { UiNotice } from './use-notices';

type Notify = (level: UiNotice['level'], text: string, action?: UiNotice['action']) => void;

/**
 * The window's exports, each ending in a notice that names the file written (a report's with a button that
 * opens it); a cancelled dialog says nothing. Stable callbacks: the memoised charts redraw only for a new model.
 */
export function useExports(
  session: Pick<LogSession, 'exportReport' | 'openLastExport' | 'saveChartPng'>,
  notify: Notify,
) {
  const { t } = useTranslation();
  const saved = useCallback((name: string) => notify('info', t('errors.exported', { path: name })), [notify, t]);
  const { saveChartPng, exportReport: exportOf, openLastExport } = session;
  const saveChart = useCallback(
    (name: string, png: Uint8Array) => void saveChartPng(name, png).then((n) => n && saved(n)),
    [saveChartPng, saved],
  );
  const exportReport = useCallback(
    async (format: ExportFormat) => {
      const name = await exportOf(format);
      if (name)
        notify('info', t('errors.exported', { path: name }), { label: t('actions.openFile'), run: openLastExport });
    },
    [exportOf, openLastExport, notify, t],
  );
  return { saved, saveChart, exportReport };
}
