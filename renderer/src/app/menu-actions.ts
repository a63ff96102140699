import type { Settings } from '@core/model/settings';
import type { ExportFormat, MenuCommand } from '../../../electron/shared/ipc-contract';
import type { Locale } from '@core/format';
import type { LogSession } from './use-log-session';

/** What the window lends the menu: the session's calls, and the window's own dialogs and panels. */
export interface MenuDeps {
  session: Pick<
    LogSession,
    | 'log'
    | 'failure'
    | 'openDialog'
    | 'openSample'
    | 'openReport'
    | 'saveReport'
    | 'exportSettings'
    | 'importSettings'
    | 'replaceSettings'
  >;
  exportReport(format: ExportFormat): Promise<void>;
  /** tells the user where a file was saved */
  saved(fileName: string): void;
  openPrometheus(): void;
  toggleSettings(): void;
  openMapping(): void;
  cycleTheme(): void;
  chooseLocale(locale: Locale): void;
  showDiagnostics(): void;
}

/**
 * The window's answer to each application-menu command. A record over MENU_COMMANDS, so a command added to the
 * menu and forgotten here fails the type-check instead of doing nothing when clicked.
 */
export function menuActions(d: MenuDeps): Record<MenuCommand, () => void> {
  const { session } = d;
  const tellSaved = (pending: Promise<string | null>) => void pending.then((n) => n && d.saved(n));
  return {
    open: session.openDialog,
    'open-sample': session.openSample,
    'open-prometheus': d.openPrometheus,
    'export-pdf': () => void d.exportReport('pdf'),
    'export-csv': () => void d.exportReport('csv'),
    'export-json': () => void d.exportReport('json'),
    'export-outages': () => void d.exportReport('episodes-csv'),
    'open-report': session.openReport,
    'save-report': () => tellSaved(session.saveReport()),
    'export-settings': () => tellSaved(session.exportSettings()),
    'import-settings': () =>
      void session.importSettings().then((s: Settings | null) => s && session.replaceSettings(s)),
    settings: d.toggleSettings,
    // the mapping dialog reads a log: the open one, or the one that failed to open
    'map-columns': () => {
      if (session.log || session.failure?.logId) d.openMapping();
    },
    'toggle-theme': d.cycleTheme,
    'language-en': () => d.chooseLocale('en'),
    'language-id': () => d.chooseLocale('id'),
    'show-diagnostics': d.showDiagnostics,
  };
}
