import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../electron/shared/ipc-channels';
import { menuActions, type MenuDeps } from '../../../renderer/src/app/menu-actions';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/model/settings';

/** A window whose every call is recorded, with what the session's dialogs answer. */
function window(
  answers: { saved?: string | null; imported?: Settings | null; log?: boolean; failedLogId?: string } = {},
) {
  const calls: string[] = [];
  const call = (name: string) => () => void calls.push(name);
  const deps: MenuDeps = {
    session: {
      log: answers.log ? ({ logId: 'log-1' } as MenuDeps['session']['log']) : null,
      failure: answers.failedLogId ? { code: 'invalid-input', message: 'bad', logId: answers.failedLogId } : null,
      openDialog: call('openDialog'),
      openSample: call('openSample'),
      openReport: call('openReport'),
      saveReport: async () => (calls.push('saveReport'), answers.saved ?? null),
      exportSettings: async () => (calls.push('exportSettings'), answers.saved ?? null),
      importSettings: async () => (calls.push('importSettings'), answers.imported ?? null),
      replaceSettings: (s) => void calls.push(`replaceSettings:${s.reportTimeZone}`),
    },
    exportReport: async (format) => void calls.push(`export:${format}`),
    saved: (name) => void calls.push(`saved:${name}`),
    openPrometheus: call('openPrometheus'),
    toggleSettings: call('toggleSettings'),
    openMapping: call('openMapping'),
    cycleTheme: call('cycleTheme'),
    chooseLocale: (l) => void calls.push(`locale:${l}`),
    showDiagnostics: call('showDiagnostics'),
  };
  return { calls, actions: menuActions(deps) };
}

const settled = () => new Promise((r) => setTimeout(r, 0));

describe('the application menu in the window', () => {
  it('answers every command the menu sends, each with its own call', async () => {
    const { calls, actions } = window({ log: true });
    for (const c of MENU_COMMANDS) actions[c]();
    await settled();
    expect(calls).toEqual([
      'openDialog',
      'openSample',
      'openPrometheus',
      'export:pdf',
      'export:csv',
      'export:json',
      'export:episodes-csv',
      'saveReport',
      'openReport',
      'exportSettings',
      'importSettings',
      'toggleSettings',
      'openMapping',
      'cycleTheme',
      'locale:en',
      'locale:id',
      'showDiagnostics',
    ]);
  });

  it('names a saved report file, and says nothing when the save dialog was cancelled', async () => {
    const saved = window({ saved: 'outages.sla-report.json' });
    saved.actions['save-report']();
    await settled();
    expect(saved.calls).toEqual(['saveReport', 'saved:outages.sla-report.json']);

    const cancelled = window({ saved: null });
    cancelled.actions['save-report']();
    cancelled.actions['export-settings']();
    await settled();
    expect(cancelled.calls).toEqual(['saveReport', 'exportSettings']);
  });

  it('puts imported settings in force, and keeps the current ones when none were chosen', async () => {
    const chosen = window({ imported: { ...DEFAULT_SETTINGS, reportTimeZone: 'Asia/Jakarta' } });
    chosen.actions['import-settings']();
    await settled();
    expect(chosen.calls).toEqual(['importSettings', 'replaceSettings:Asia/Jakarta']);

    const none = window({ imported: null });
    none.actions['import-settings']();
    await settled();
    expect(none.calls).toEqual(['importSettings']);
  });

  it('opens the column mapping only for a log to map: the open one or the one that failed to open', () => {
    const empty = window();
    empty.actions['map-columns']();
    expect(empty.calls).toEqual([]);

    const failed = window({ failedLogId: 'log-2' });
    failed.actions['map-columns']();
    expect(failed.calls).toEqual(['openMapping']);
  });
});
