import type { LogField } from './import-settings';
import type { ObservedTime, RecordTable, SampleCounts } from './records';

/** The two log shapes of SPEC 2. */
export type LogShape = 'interval' | 'status';

/** One problem found while reading a log. line is 1-based (first line of a multi-line row); 0: the whole file. */
export interface Diagnostic {
  line: number;
  message: string;
}

export interface SourceInfo {
  /** file name as the user chose it (base name; the path stays with the main process) */
  file: string;
  sha256: string;
  /** detected container and named format, e.g. "csv", "json statuspage", "ndjson.gz" */
  format: string;
  shape: LogShape;
  /** records produced */
  records: number;
  /** rows rejected */
  skipped: number;
  bytes: number;
  /** data rows read (status logs: samples) */
  rows: number;
  /** a log read from a metrics server (core/import/source/prometheus): what was asked and received */
  server?: ServerSourceInfo;
}

/** What a server source records of its read, for the report's "source" (an SRE can re-run the queries). */
export interface ServerSourceInfo {
  url: string;
  query: string;
  /** how the server bounds a range selector: Prometheus 2.x includes both ends, 3.x and VictoriaMetrics not */
  rangeRule: 'both-ends' | 'start-excluded';
  /** the server's version string from /api/v1/status/buildinfo */
  version: string | null;
  /** every PromQL query issued, in order */
  promql: string[];
  /** bytes of the server's answers */
  bytes: number;
}

export interface ImportResult {
  source: SourceInfo;
  records: RecordTable;
  /** status logs only */
  samples: SampleCounts | null;
  /** status logs only: the time their streams observed (SPEC 2); null: observed throughout */
  observed: ObservedTime | null;
  /** the first 100 problems, and every assumption the import made (messages beginning "assumed: ", SPEC 3) */
  diagnostics: Diagnostic[];
  /** all diagnostics, including those not kept */
  diagnosticsTotal: number;
  /** the header as read and the column chosen for each field (for the mapping dialog) */
  columns: string[];
  mapping: Partial<Record<LogField, string>>;
  /** latest instant seen anywhere in the log (open records end here), ms */
  latestInstant: number;
}

/** Progress of a running import, reported at least 10 times a second. */
export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rows: number;
  /** a server source's progress: a server sends no size up front, so bytes alone say nothing of how far it is */
  server?: ServerProgress;
}

/** How far a read from a metrics server is: its steps are each period counted, then each period's samples. */
export interface ServerProgress {
  /** series the query selects, as counted so far */
  series: number;
  /** requests answered so far (the PromQL queries issued) */
  requests: number;
  step: number;
  steps: number;
}

/** Thrown for input that yields no report: the message names the file and, where it can, the line. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    message: string,
    readonly line: number = 0,
  ) {
    super(message);
  }
}
