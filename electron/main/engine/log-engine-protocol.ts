/** Messages between the main process (engine-host.ts) and a log's engine thread (log-engine-worker.ts). */
import type { ImportSettings, Settings } from '@core/model/settings';
import type { ImportProgress } from '@core/model/import-result';
import type { ReportModel } from '@core/model/report-model';
import type { LogPreview } from '@core/import';
import type { OutageListRow } from '@core/compute/outage-list';
import type { LogSummary } from '../../shared/ipc-contract';

/** What an engine thread is started with (workerData): the log it owns. */
export interface EngineWorkerData {
  path: string;
  fileName: string;
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
