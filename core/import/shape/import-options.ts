import type { ImportProgress, LogShape } from '../../model/import-result';
import type { ImportSettings, LogField } from '../../model/settings';
import type { SecondCore } from '../source/parallel-read/status-log-halves';

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
