/**
 * The one object the preload exposes as `window.sla`. Built from its Electron dependencies so it can be
 * tested (and its type derived) without Electron. Type-only imports from the contract keep zod out of
 * the sandboxed preload bundle.
 */
import { EventChannel, InvokeChannel } from '../shared/ipc-channels';
import type {
  Envelope,
  ExportFormat,
  IpcEvent,
  IpcPayload,
  IpcResult,
  PrometheusRequest,
  SettingsFor,
} from '../shared/ipc-contract';
import type { ImportSettings } from '@core/model/import-settings';
import type { SettingsInput } from '@core/model/settings';

/** The part of ipcRenderer the API uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createApi(ipc: IpcRendererLike, getPathForFile: (file: File) => string, electronVersion: string) {
  const invoke = <C extends InvokeChannel>(channel: C, payload?: IpcPayload<C>): Promise<Envelope<IpcResult<C>>> =>
    ipc.invoke(channel, payload) as Promise<Envelope<IpcResult<C>>>;

  /** Subscribes to a pushed event; returns the unsubscribe function. */
  const subscribe =
    <C extends EventChannel>(channel: C) =>
    (callback: (event: IpcEvent<C>) => void): (() => void) => {
      // the IpcRendererEvent (with its sender) never reaches page script
      const listener = (_event: unknown, data: unknown): void => callback(data as IpcEvent<C>);
      ipc.on(channel, listener);
      return () => void ipc.removeListener(channel, listener);
    };

  return {
    versions: { electron: electronVersion },

    /** first-run flag, a pending command-line/OS file, locale, notices to show */
    startup: () => invoke(InvokeChannel.startup),

    /** File > Open Log...: a dialog in the main process; null when the user closes it */
    openDialog: () => invoke(InvokeChannel.openDialog),
    /** a File from a drop event; its path is taken here, page script never sees or sends it */
    openDroppedFile: (file: File): Promise<Envelope<IpcResult<typeof InvokeChannel.openDropped>>> => {
      const path = getPathForFile(file);
      if (!path) {
        return Promise.resolve({
          ok: false,
          error: { code: 'denied', message: `"${file.name}" is not a file on this computer.` },
        });
      }
      return invoke(InvokeChannel.openDropped, { path });
    },
    /** id from listRecent() */
    openRecent: (id: string) => invoke(InvokeChannel.openRecent, { id }),
    openSample: () => invoke(InvokeChannel.openSample),
    /** the log given on the command line or by the OS (see onOpenRequested); null when none */
    openPending: () => invoke(InvokeChannel.openPending),
    /** File > Open from Prometheus: the main process reads the query's series from the server, with progress */
    openPrometheus: (source: PrometheusRequest) => invoke(InvokeChannel.openPrometheus, { source }),
    /** the server's version and how many series the query selects in the months; no sample is read */
    testPrometheus: (source: PrometheusRequest) => invoke(InvokeChannel.prometheusTest, { source }),
    /** the Open from Prometheus dialog's last values (null: never used) */
    lastPrometheus: () => invoke(InvokeChannel.prometheusLast),
    /** re-import with these settings (their `import` part is the mapping); remembered for that file on success */
    reimport: (logId: string, settings: SettingsInput) => invoke(InvokeChannel.reimport, { logId, settings }),
    /** first rows and the detected mapping, for the column-mapping dialog */
    preview: (logId: string, importSettings: Partial<ImportSettings> = {}) =>
      invoke(InvokeChannel.preview, { logId, import: importSettings }),
    /**
     * the report of that log under these settings, built by the log's engine in the main process (which owns
     * the records); a change of the import part reads the log again there, with progress events
     */
    report: (logId: string, settings: SettingsInput) => invoke(InvokeChannel.report, { logId, settings }),
    /** cancels the running import of this window; its open/reimport call then fails with code "cancelled" */
    cancelImport: () => invoke(InvokeChannel.cancelImport),

    listRecent: () => invoke(InvokeChannel.recentList),
    clearRecent: () => invoke(InvokeChannel.recentClear),

    /** logId null: the defaults */
    getSettings: (logId: string | null): Promise<Envelope<SettingsFor>> => invoke(InvokeChannel.settingsGet, { logId }),
    /** logId null: save as the defaults */
    saveSettings: (logId: string | null, settings: SettingsInput) =>
      invoke(InvokeChannel.settingsSave, { logId, settings }),
    /** save dialog; writes the same JSON the CLI's --settings reads */
    exportSettings: (settings: SettingsInput) => invoke(InvokeChannel.settingsExport, { settings }),
    /** open dialog; returns the validated settings (not yet saved) */
    importSettings: () => invoke(InvokeChannel.settingsImport),
    /** save dialog; the targets of these settings for that log's services as OpenSLO v1 YAML */
    exportOpenSlo: (logId: string, settings: SettingsInput) => invoke(InvokeChannel.sloExport, { logId, settings }),
    /** open dialog; these settings with the OpenSLO file's targets and zone (not yet saved), and its notes */
    importOpenSlo: (settings: SettingsInput) => invoke(InvokeChannel.sloImport, { settings }),

    /** save dialog; the report of that log under these settings, as the CLI would write it */
    exportReport: (logId: string, format: ExportFormat, settings: SettingsInput) =>
      invoke(InvokeChannel.exportReport, { logId, format, settings }),
    /** stops this window's running PDF export (its exportReport fails "cancelled"); false when too late */
    cancelExport: () => invoke(InvokeChannel.cancelExport),
    /** the PDF cover's logo: 'choose' opens a dialog in main, 'clear' removes it; null when none */
    coverLogo: (action: 'get' | 'choose' | 'clear') => invoke(InvokeChannel.coverLogo, { action }),
    /** opens the file exported last in the OS's viewer */
    openLastExport: () => invoke(InvokeChannel.openExport, {}),
    /** save dialog; a report file of that log with these settings and cover, which `sla run` regenerates */
    saveReportFile: (logId: string, settings: SettingsInput) =>
      invoke(InvokeChannel.saveReportFile, { logId, settings }),
    /** open dialog; opens a report file's log under its settings (remembered for that log) */
    openReportFile: () => invoke(InvokeChannel.openReportFile),
    /** save dialog; a chart's PNG bytes (chart.js toBase64Image), checked in main to be a PNG */
    saveChartPng: (name: string, png: Uint8Array) => invoke(InvokeChannel.saveChartPng, { name, png }),

    /** http(s) links on the allowlist only */
    openExternal: (url: string) => invoke(InvokeChannel.openExternal, { url }),

    onImportProgress: subscribe(EventChannel.importProgress),
    /** a PDF export began a stage (report, layout, print, write) */
    onExportProgress: subscribe(EventChannel.exportProgress),
    onMenuCommand: subscribe(EventChannel.menuCommand),
    /** a log arrived from the command line, a second instance or macOS open-file: call openPending() */
    onOpenRequested: subscribe(EventChannel.openRequested),
    onNotice: subscribe(EventChannel.notice),
  };
}

export type SlaApi = ReturnType<typeof createApi>;
