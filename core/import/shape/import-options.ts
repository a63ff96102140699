import type { Diagnostic, ImportProgress, LogShape } from '../../model/import-result';
import type { ImportSettings, LogField } from '../../model/import-settings';
import type { SecondCore } from '../source/parallel-read/status-log-halves';
import type { CsvMode } from '../containers/csv-reader';
import { isAssumption } from './diagnostics';

export interface ImportOptions {
  /** base name of the file: names the service when the log has none ("outages.csv.gz" -> "outages"), and messages */
  fileName: string;
  settings: ImportSettings;
  /** called at most about 20 times a second */
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /**
   * false: a caller that lists no incidents. No ids, titles or lines are kept, and an interval log's records
   * come grouped by service (RecordTable.groups), so a report sweeps them without a copy. Default true.
   */
  keepTexts?: boolean;
  /** a second thread: a large CSV status log is then read in two halves at once (log-half.ts) */
  secondCore?: SecondCore;
}

/** What the column-mapping dialog shows before an import. */
export interface LogPreview {
  columns: string[];
  /** the first data rows as text cells */
  rows: string[][];
  /** null when the columns could not be mapped (see problems) */
  shape: LogShape | null;
  format: string;
  mapping: Partial<Record<LogField, string>>;
  /** why the log cannot be read as it is, and problems in the rows shown */
  problems: string[];
}

export const PREVIEW_ROWS = 20;

/** What stops the log from being imported as mapped, then the problems of the rows read for the preview. */
export function previewProblems(problem: string | null, kept: readonly Diagnostic[]): string[] {
  const problems: string[] = problem ? [problem] : [];
  // an assumption is no problem: the import's result names it, the mapping dialog lists what stops it
  for (const d of kept) {
    if (!isAssumption(d.message)) problems.push(d.line > 0 ? `line ${d.line}: ${d.message}` : d.message);
  }
  return problems;
}

/** The importer's options (LogImporter): one log's bytes, already decompressed. */
export interface LogImporterOptions {
  fileName: string;
  settings: ImportSettings;
  /** the bytes came out of gzip: the format says `.gz` */
  compressed?: boolean;
  /** stop after this many data rows and keep them as text (the mapping dialog's preview) */
  previewRows?: number;
  /**
   * Bytes the log holds (uncompressed), when known: an interval log sizes its record columns from it and the
   * rows of its first megabyte instead of doubling them as it goes
   */
  expectedBytes?: number;
  /**
   * false: records carry no ids or titles even when the log has them (they are read only by incident lists;
   * a million ids are 15 MB). Default true.
   */
  keepTexts?: boolean;
  /** 'rfc4180' forces the full CSV path for every row (tests compare it with the fast path) */
  csvMode?: CsvMode;
}
