import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@core/model/report-model';
import type { useLogSession } from '../app/use-log-session';
import type { useNotices } from '../app/use-notices';
import { SettingsPanel } from './SettingsPanel';
import { shownRange } from './range-choice';

/** The settings side panel of an open log: its head with the close button, and the panel itself. */
export function SettingsAside(props: {
  session: ReturnType<typeof useLogSession>;
  model: ReportModel | null;
  busy: boolean;
  notify: ReturnType<typeof useNotices>['notify'];
  onClose: () => void;
  onExportSettings: () => void;
  onImportSettings: () => void;
}) {
  const { t } = useTranslation();
  const { session, model, busy, notify } = props;
  const log = session.log;
  if (!log || !session.settings) return null;
  return (
    <aside
      id="settings-panel"
      className="workspace__settings"
      aria-labelledby="settings-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) props.onClose();
      }}
    >
      <header className="workspace__settings-head">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('actions.hideSettings')}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </header>
      <SettingsPanel
        key={log.logId}
        settings={session.settings}
        services={(model?.services ?? []).filter((s) => s !== '*')}
        regions={log.summary.regions}
        shown={shownRange(model)}
        busy={busy}
        onChange={session.updateSettings}
        onReimport={(s) => void session.reimport(s)}
        onSaveDefault={() =>
          void session.saveAsDefault().then((ok) => ok && notify('info', t('settings.savedDefault')))
        }
        onExport={() => props.onExportSettings()}
        onImport={() => props.onImportSettings()}
        onExportSlo={() =>
          void session.exportOpenSlo().then((n) => n && notify('info', t('errors.exported', { path: n })))
        }
        onImportSlo={() =>
          void session.importOpenSlo().then((r) => {
            if (!r) return;
            session.replaceSettings(r.settings);
            // what the file asked that the report does not do is said, not dropped
            for (const note of r.notes) notify('warning', note);
          })
        }
      />
    </aside>
  );
}
