/** File dialogs as the handlers need them; electron-dialogs.ts implements them with Electron's dialog. */
export interface Dialogs {
  /** a log to open; null when the user closes the dialog */
  chooseLogFile(windowId: number): Promise<string | null>;
  /** a settings JSON to import */
  chooseSettingsFile(windowId: number): Promise<string | null>;
  /** an OpenSLO YAML file to import */
  chooseSloFile(windowId: number): Promise<string | null>;
  /** a saved report file (core/report-file) to open */
  chooseReportFile(windowId: number): Promise<string | null>;
  /** a PNG or SVG for the PDF cover's logo */
  chooseLogoFile(windowId: number): Promise<string | null>;
  chooseSaveFile(
    windowId: number,
    options: { defaultName: string; filters: { name: string; extensions: string[] }[] },
  ): Promise<string | null>;
  /**
   * Asks the user, in a dialog of the main process the page cannot answer, whether to open a file dropped on
   * the window whose path main has not seen before; true: open it.
   */
  confirmDroppedFile(windowId: number, path: string): Promise<boolean>;
}

/** The formats the open dialog offers (SPEC 2 containers, gzip included). */
export const LOG_FILE_FILTERS = [
  { name: 'Outage logs', extensions: ['csv', 'tsv', 'txt', 'json', 'ndjson', 'jsonl', 'gz'] },
  { name: 'All files', extensions: ['*'] },
];

export const SETTINGS_FILE_FILTERS = [{ name: 'Settings (JSON)', extensions: ['json'] }];

export const SLO_FILE_FILTERS = [
  { name: 'OpenSLO (YAML)', extensions: ['yaml', 'yml'] },
  { name: 'All files', extensions: ['*'] },
];

export const LOGO_FILE_FILTERS = [{ name: 'Logo (PNG, SVG)', extensions: ['png', 'svg'] }];
