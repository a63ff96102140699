/**
 * The IPC contract between the main process and the renderer: channel names, a zod schema for every
 * payload, the result type of every request, and the `{ ok, value | error }` envelope they travel in.
 *
 * Rules the contract encodes:
 * - The renderer never names a file path. Logs are referred to by an opaque `logId` the main process
 *   handed out after the user chose the file (dialog, drop, recent list, command line, OS open-file).
 * - Every payload is parsed with its schema in the main process before a handler sees it.
 * - Errors cross as data with a message meant for people, never as thrown exceptions.
 * Additive changes only: the renderer is built against this file.
 */
import { z } from 'zod';
import { importSettingsSchema } from '@core/model/import-settings';
import { settingsSchema, type Settings } from '@core/model/settings';
import type { ImportProgress, ImportResult } from '@core/model/import-result';
import type { ReportModel } from '@core/model/report-model';
import type { LogPreview } from '@core/import/shape/import-options';
import {
  EventChannel,
  EXPORT_STAGES,
  InvokeChannel,
  MENU_COMMANDS,
  type ExportStage,
  type MenuCommand,
} from './ipc-channels';
import { prometheusRequestSchema, type PrometheusRequest } from './prometheus-request';
import { isPng } from '@core/pdf/png-signature';

export { EventChannel, EXPORT_STAGES, InvokeChannel, MENU_COMMANDS, type ExportStage, type MenuCommand };

// ---------------------------------------------------------------- envelope

export const IPC_ERROR_CODES = [
  /** the user cancelled a running import or PDF export */
  'cancelled',
  /** the log could not be imported (bad or unmappable input); message names file and line */
  'import',
  /** the payload or a file the user picked failed validation (e.g. a settings file) */
  'invalid-input',
  /** reading or writing a file failed */
  'io',
  /** refused by a security rule (unknown sender, URL not allowed, not a regular file...) */
  'denied',
  /** the logId is no longer known (e.g. after a restart) */
  'unknown-log',
  /** a bug: the message is still written for people */
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** 1-based line in the log the error is about, when known */
  line?: number;
  /** set on import failures so the renderer can offer the column-mapping dialog for that log */
  logId?: string;
  fileName?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function fail(
  code: IpcErrorCode,
  message: string,
  extra: Omit<IpcError, 'code' | 'message'> = {},
): Envelope<never> {
  return { ok: false, error: { code, message, ...extra } };
}

// ---------------------------------------------------------------- payload schemas (renderer -> main)

/** An opaque id the main process gave out for a log the user opened. */
export const logIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a log id');
const noPayload = z.undefined();

/** `episodes-csv`: the outage list (issue 16), as `sla report --format episodes-csv` writes it */
export const EXPORT_FORMATS = ['csv', 'json', 'md', 'pdf', 'episodes-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The cover logo (main keeps its path, chosen in a main-process dialog): what it is, choose another, remove it. */
export const COVER_LOGO_ACTIONS = ['get', 'choose', 'clear'] as const;

export { PNG_SIGNATURE } from '@core/pdf/png-signature';
/** A chart drawn at twice a 2560-px window is a few hundred kB: 20 MB is no chart. */
export const MAX_CHART_PNG_BYTES = 20 * 1024 * 1024;

const pngBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected the bytes of a PNG image' })
  .refine((b) => b.length <= MAX_CHART_PNG_BYTES, { message: 'larger than 20 MB: not a chart image' })
  .refine(isPng, { message: 'not a PNG image' });

export const payloadSchemas = {
  [InvokeChannel.startup]: noPayload,
  [InvokeChannel.openExternal]: z.object({ url: z.string().min(1).max(2048) }).strict(),
  [InvokeChannel.openDialog]: noPayload,
  /**
   * the path comes from webUtils.getPathForFile in the preload, never from page script; main opens it only
   * when it has seen that path itself or the user confirms it in a main-process dialog (docs/security.md)
   */
  [InvokeChannel.openDropped]: z.object({ path: z.string().min(1).max(4096) }).strict(),
  [InvokeChannel.openRecent]: z.object({ id: z.string().min(1).max(64) }).strict(),
  [InvokeChannel.openSample]: noPayload,
  [InvokeChannel.openPending]: noPayload,
  /** reads the query's series from the user's server in the log's own engine (docs/sources.md) */
  [InvokeChannel.openPrometheus]: z.object({ source: prometheusRequestSchema }).strict(),
  /** asks the server who it is and how many series the query selects in the range; reads no sample */
  [InvokeChannel.prometheusTest]: z.object({ source: prometheusRequestSchema }).strict(),
  /** the dialog's values as last used, to fill it */
  [InvokeChannel.prometheusLast]: noPayload,
  /** re-import the log with these settings (their `import` part is the column mapping); saved for the file on success */
  [InvokeChannel.reimport]: z.object({ logId: logIdSchema, settings: settingsSchema }).strict(),
  [InvokeChannel.preview]: z.object({ logId: logIdSchema, import: importSettingsSchema }).strict(),
  [InvokeChannel.cancelImport]: noPayload,
  [InvokeChannel.recentList]: noPayload,
  [InvokeChannel.recentClear]: noPayload,
  /** logId null: the defaults */
  [InvokeChannel.settingsGet]: z.object({ logId: logIdSchema.nullable() }).strict(),
  [InvokeChannel.settingsSave]: z.object({ logId: logIdSchema.nullable(), settings: settingsSchema }).strict(),
  [InvokeChannel.settingsExport]: z.object({ settings: settingsSchema }).strict(),
  [InvokeChannel.settingsImport]: noPayload,
  /** the targets of these settings for the log's services, as OpenSLO v1 (docs/openslo.md) */
  [InvokeChannel.sloExport]: z.object({ logId: logIdSchema, settings: settingsSchema }).strict(),
  /** an OpenSLO file's targets and zone laid over these settings */
  [InvokeChannel.sloImport]: z.object({ settings: settingsSchema }).strict(),
  /** the report of the log under these settings, from the log's engine */
  [InvokeChannel.report]: z.object({ logId: logIdSchema, settings: settingsSchema }).strict(),
  [InvokeChannel.exportReport]: z
    .object({ logId: logIdSchema, format: z.enum(EXPORT_FORMATS), settings: settingsSchema })
    .strict(),
  /** stops this window's running PDF export: nothing is written; its exportReport call fails "cancelled" */
  [InvokeChannel.cancelExport]: noPayload,
  /** the PDF cover's logo: main reads the file at export time from the path its own dialog was given */
  [InvokeChannel.coverLogo]: z.object({ action: z.enum(COVER_LOGO_ACTIONS) }).strict(),
  /** opens the file this window exported last in the OS's viewer (the renderer never names the path) */
  [InvokeChannel.openExport]: z.object({}).strict(),
  /** save dialog; a report file (core/report-file) of the log with these settings, which `sla run` reads */
  [InvokeChannel.saveReportFile]: z.object({ logId: logIdSchema, settings: settingsSchema }).strict(),
  /** open dialog; opens a report file's log under its settings */
  [InvokeChannel.openReportFile]: noPayload,
  /** save dialog; a chart as the page drew it. `name` only suggests the file's name: the user picks where */
  [InvokeChannel.saveChartPng]: z
    .object({
      name: z.string().regex(/^[\p{L}\p{N} _.()-]{1,80}$/u, 'a chart name of letters, digits, spaces and . _ ( ) -'),
      png: pngBytes,
    })
    .strict(),
} satisfies Record<InvokeChannel, z.ZodType>;

/** What the renderer passes for each channel (schema input: settings may omit defaulted fields). */
export type IpcPayload<C extends InvokeChannel> = z.input<(typeof payloadSchemas)[C]>;
/** What a handler receives after validation. */
export type IpcParsedPayload<C extends InvokeChannel> = z.output<(typeof payloadSchemas)[C]>;

// ---------------------------------------------------------------- results (main -> renderer)

export interface Notice {
  level: 'info' | 'warning' | 'error';
  /** stable key the renderer can translate; message is the English fallback */
  code: 'settings-reset' | 'file-missing' | 'general';
  message: string;
}

export interface StartupInfo {
  /** no settings were ever saved: the renderer opens the sample so a new user sees real charts at once */
  firstRun: boolean;
  /** a log given on the command line or by the OS waits to be opened with openPending() */
  pendingFile: string | null;
  /** the app's UI locale (app.getLocale()), e.g. "en-US", "id" */
  locale: string;
  /** the OS's preferred languages, most preferred first */
  preferredLanguages: string[];
  platform: string;
  /** things the user must be told at start (e.g. a corrupt settings file was set aside) */
  notices: Notice[];
  versions: { app: string; electron: string; chrome: string };
}

/**
 * What the window reads of an import: source, diagnostics, header and mapping, the regions named. The records
 * stay with the log's engine in the main process (electron/main/engine).
 */
export interface LogSummary extends Omit<ImportResult, 'records' | 'samples' | 'observed'> {
  /** the regions the log names, for the region-share settings */
  regions: string[];
}

/** A log the user opened and what its import found. */
export interface OpenedLog {
  logId: string;
  /** base name of the file */
  fileName: string;
  summary: LogSummary;
  /** the settings used for the import: saved for this file, else the defaults */
  settings: Settings;
  settingsSource: 'file' | 'defaults';
}

/** First rows of a log for the column-mapping dialog: core/import's previewFile result, as it is. */
export type { LogPreview };

export interface RecentEntry {
  /** pass to openRecent */
  id: string;
  fileName: string;
  /** full path for display (the user chose this file) */
  displayPath: string;
  openedAt: number;
  exists: boolean;
}

export interface SettingsFor {
  settings: Settings;
  source: 'file' | 'defaults';
}

/** Settings with an OpenSLO file's targets and zone, and a line for each thing it read but did not apply. */
export interface SloImported {
  settings: Settings;
  notes: string[];
}

/** What Test connection found: the server, and how many series a read would meet. */
export interface PrometheusCheck {
  /** the URL as shown (user and password left out) */
  url: string;
  /** the server's version (/api/v1/status/buildinfo); null when it does not say */
  version: string | null;
  /** series of the query with a sample in the months asked for */
  series: number;
  /** the most series the app reads at once; more is refused with a request to narrow the query */
  maxSeries: number;
}

export type { PrometheusRequest };

export interface SavedFile {
  /** base name of the file written */
  fileName: string;
}

/** The cover logo as the report settings show it; the path stays in the main process. */
export interface CoverLogo {
  fileName: string;
}

export interface IpcResults {
  [InvokeChannel.startup]: StartupInfo;
  [InvokeChannel.openExternal]: null;
  /** null: the user closed the dialog */
  [InvokeChannel.openDialog]: OpenedLog | null;
  [InvokeChannel.openDropped]: OpenedLog;
  [InvokeChannel.openRecent]: OpenedLog;
  [InvokeChannel.openSample]: OpenedLog;
  /** null: nothing pending */
  [InvokeChannel.openPending]: OpenedLog | null;
  [InvokeChannel.openPrometheus]: OpenedLog;
  [InvokeChannel.prometheusTest]: PrometheusCheck;
  /** null: the dialog was never used */
  [InvokeChannel.prometheusLast]: PrometheusRequest | null;
  [InvokeChannel.reimport]: OpenedLog;
  [InvokeChannel.preview]: LogPreview;
  [InvokeChannel.report]: ReportModel;
  /** false: nothing was running */
  [InvokeChannel.cancelImport]: boolean;
  [InvokeChannel.recentList]: RecentEntry[];
  [InvokeChannel.recentClear]: null;
  [InvokeChannel.settingsGet]: SettingsFor;
  [InvokeChannel.settingsSave]: null;
  /** null: the user closed the dialog */
  [InvokeChannel.settingsExport]: SavedFile | null;
  /** null: the user closed the dialog */
  [InvokeChannel.settingsImport]: Settings | null;
  /** null: the user closed the dialog */
  [InvokeChannel.sloExport]: SavedFile | null;
  /** null: the user closed the dialog */
  [InvokeChannel.sloImport]: SloImported | null;
  /** null: the user closed the dialog */
  [InvokeChannel.exportReport]: SavedFile | null;
  /** false: no PDF export was running, or its write had begun (then it finishes) */
  [InvokeChannel.cancelExport]: boolean;
  /** null: no logo */
  [InvokeChannel.coverLogo]: CoverLogo | null;
  [InvokeChannel.openExport]: null;
  /** null: the user closed the dialog */
  [InvokeChannel.saveReportFile]: SavedFile | null;
  /** null: the user closed the dialog */
  [InvokeChannel.openReportFile]: OpenedLog | null;
  /** null: the user closed the dialog */
  [InvokeChannel.saveChartPng]: SavedFile | null;
}
export type IpcResult<C extends InvokeChannel> = IpcResults[C];

// ---------------------------------------------------------------- events (main -> renderer)

export const eventSchemas = {
  [EventChannel.importProgress]: z.object({
    fileName: z.string(),
    bytesRead: z.number().min(0),
    bytesTotal: z.number().min(0),
    rows: z.number().min(0),
    server: z
      .object({ series: z.number().min(0), requests: z.number().min(0), step: z.number().min(0), steps: z.number() })
      .optional(),
  }),
  [EventChannel.exportProgress]: z.object({ fileName: z.string(), stage: z.enum(EXPORT_STAGES) }),
  [EventChannel.menuCommand]: z.object({ command: z.enum(MENU_COMMANDS) }),
  [EventChannel.openRequested]: z.object({ fileName: z.string() }),
  [EventChannel.notice]: z.object({
    level: z.enum(['info', 'warning', 'error']),
    code: z.enum(['settings-reset', 'file-missing', 'general']),
    message: z.string(),
  }),
} satisfies Record<EventChannel, z.ZodType>;

export type ImportProgressEvent = ImportProgress & { fileName: string };
export interface IpcEvents {
  [EventChannel.importProgress]: ImportProgressEvent;
  /** a PDF export began a stage; `fileName` is the PDF's */
  [EventChannel.exportProgress]: { fileName: string; stage: ExportStage };
  [EventChannel.menuCommand]: { command: MenuCommand };
  [EventChannel.openRequested]: { fileName: string };
  [EventChannel.notice]: Notice;
}
export type IpcEvent<C extends EventChannel> = IpcEvents[C];
