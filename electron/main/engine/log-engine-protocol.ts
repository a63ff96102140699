/** Messages between the main process (engine-host.ts) and a log's engine thread (log-engine-worker.ts). */
import type { ImportSettings } from '@core/model/import-settings';
import type { Settings } from '@core/model/settings';
import type { PrometheusQuery } from '@core/import/source/prometheus/prometheus-source';
import type { ImportProgress } from '@core/model/import-result';
import type { ReportModel } from '@core/model/report-model';
import type { LogPreview } from '@core/import';
import type { OutageListRow } from '@core/compute/outage-list';
import type { LogSummary } from '../../shared/ipc-contract';

/**
 * A log read from a metrics server: the query, and the months and zone it was opened for. A server holds no
 * "log" whose months could be guessed, so a report under another range or zone reads the server again.
 */
export interface ServerLog extends PrometheusQuery {
  range: Settings['range'];
  reportTimeZone: string;
}

/** What an engine thread is started with (workerData): the log it owns, a file or a server's series. */
export interface EngineWorkerData {
  path: string;
  fileName: string;
  /** set for a log read from Prometheus (then `path` is no file) */
  server?: ServerLog;
}

/** The months and zone a server's records were read for. */
export type ReadWindow = Pick<Settings, 'range' | 'reportTimeZone'>;

/**
 * The window a report under `settings` needs read from the server: its months and zone, or, when the settings
 * name no range, the months the log was opened for.
 */
export function serverWindow(server: ServerLog, settings?: Settings): ReadWindow {
  if (settings === undefined) return { range: server.range, reportTimeZone: server.reportTimeZone };
  const given = settings.range.from !== null && settings.range.to !== null;
  return { range: given ? settings.range : server.range, reportTimeZone: settings.reportTimeZone };
}

/**
 * What an engine's records depend on: a file's import settings; a server's also the window it was asked for
 * (an import reads the window the log was opened for, a report the one its settings name). A report whose
 * key is not the records' reads the log again.
 */
export function readKey(log: { server?: ServerLog }, importSettings: ImportSettings, settings?: Settings): string {
  return log.server === undefined
    ? JSON.stringify(importSettings)
    : JSON.stringify([importSettings, serverWindow(log.server, settings)]);
}

/** main -> engine: requests are answered in the order they were sent, each by its id. */
export type ToEngine =
  /** read the log again under these import settings (the column mapping), whatever was read before */
  | { type: 'import'; id: number; settings: ImportSettings }
  /** the report under these settings; the log is read again first when their import part differs */
  | { type: 'report'; id: number; settings: Settings }
  /** the first rows and the detected mapping under these import settings, for the column-mapping dialog */
  | { type: 'preview'; id: number; settings: ImportSettings }
  /** the outage list under these settings (each episode with its records); read again as for a report */
  | { type: 'outages'; id: number; settings: Settings };

export interface EngineFailure {
  name: string;
  message: string;
  line: number;
}

/** engine -> main */
export type FromEngine =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'imported'; id: number; summary: LogSummary }
  | { type: 'report'; id: number; model: ReportModel }
  | { type: 'previewed'; id: number; preview: LogPreview }
  | { type: 'outages'; id: number; rows: OutageListRow[] }
  | { type: 'failed'; id: number; error: EngineFailure };
