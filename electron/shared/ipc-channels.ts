/**
 * Every IPC channel of the app, in one place (after Electron Fiddle's ipc-events.ts).
 * Kept free of imports so the sandboxed preload can bundle it without pulling in zod.
 */

/** renderer -> main, request/response (ipcRenderer.invoke / ipcMain.handle) */
export const InvokeChannel = {
  startup: 'app:startup',
  openExternal: 'app:open-external',
  openDialog: 'log:open-dialog',
  openDropped: 'log:open-dropped',
  openRecent: 'log:open-recent',
  openSample: 'log:open-sample',
  openPending: 'log:open-pending',
  openPrometheus: 'log:open-prometheus',
  prometheusTest: 'prometheus:test',
  prometheusLast: 'prometheus:last',
  reimport: 'log:reimport',
  preview: 'log:preview',
  cancelImport: 'log:cancel-import',
  recentList: 'recent:list',
  recentClear: 'recent:clear',
  settingsGet: 'settings:get',
  settingsSave: 'settings:save',
  settingsExport: 'settings:export',
  settingsImport: 'settings:import',
  sloExport: 'settings:export-openslo',
  sloImport: 'settings:import-openslo',
  report: 'report:build',
  exportReport: 'report:export',
  cancelExport: 'report:cancel-export',
  coverLogo: 'report:cover-logo',
  openExport: 'report:open-export',
  saveReportFile: 'report:save-file',
  openReportFile: 'report:open-file',
  saveChartPng: 'chart:save-png',
} as const;
export type InvokeChannel = (typeof InvokeChannel)[keyof typeof InvokeChannel];

/** main -> renderer, pushed events (webContents.send / ipcRenderer.on) */
export const EventChannel = {
  importProgress: 'event:import-progress',
  exportProgress: 'event:export-progress',
  menuCommand: 'event:menu-command',
  openRequested: 'event:open-requested',
  notice: 'event:notice',
} as const;
export type EventChannel = (typeof EventChannel)[keyof typeof EventChannel];

/**
 * A PDF export's stages, in the order they begin: the log's engine builds the report, the hidden print window lays
 * it out, Chromium prints it, the file is written. Cancel is heard until the write begins.
 */
export const EXPORT_STAGES = ['report', 'layout', 'print', 'write'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];

/** Commands the application menu (and the OS) push to the renderer; the renderer calls the matching API. */
export const MENU_COMMANDS = [
  'open',
  'open-sample',
  'open-prometheus',
  'export-pdf',
  'export-csv',
  'export-json',
  'export-outages',
  'save-report',
  'open-report',
  'export-settings',
  'import-settings',
  'settings',
  'map-columns',
  'toggle-theme',
  'language-en',
  'language-id',
  'show-diagnostics',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
