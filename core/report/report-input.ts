import type { ImportResult } from '../model/import-result';
import type { PlatformSweeper } from '../compute/platform-sweep';

/** What a report needs from an import. */
export type ReportInput = Pick<
  ImportResult,
  'source' | 'records' | 'samples' | 'diagnostics' | 'diagnosticsTotal' | 'latestInstant'
> &
  Partial<Pick<ImportResult, 'observed'>>;

export interface ReportEngineOptions {
  /**
   * keep only this many incident rows (largest impact first; with user-given months, taken before the rows
   * outside them are dropped); default: all
   */
  maxIncidents?: number;
  /**
   * keep each service's sweep for later builds (default true). A one-shot report turns this off so only
   * one service's sweep is in memory at a time.
   */
  retainSweeps?: boolean;
  /** sweeps `*` on another thread in prepare() (a one-shot report of a large log) */
  platformSweeper?: PlatformSweeper;
  /**
   * makes the status bars (ReportModel.statusDays; default true). A one-shot report whose outputs draw none
   * turns this off: ninety days per service were most of its memory with 200,000 services.
   */
  statusDays?: boolean;
  /** lists every episode of the shown services in ReportModel.episodes (`--episodes`) */
  listEpisodes?: boolean;
}
