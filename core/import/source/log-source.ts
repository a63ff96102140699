import type { ImportProgress, ImportResult } from '../../model/import-result';
import type { Settings } from '../../model/settings';
import { importFile } from './file-source';
import type { SecondCore } from './parallel-read/status-log-halves';

export interface SourceReadOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/**
 * Where a log comes from: a file, or a server that holds the samples (core/import/source/prometheus). A source
 * gives the report one ImportResult: records, sample counts, diagnostics and what it read (source info), so
 * nothing after the import knows or cares which it was. A new source (ClickHouse probe tables, DuckDB over
 * Parquet) is one folder implementing this; a source of samples hands them to the status-log reduction
 * (status-rows.ts) as Prometheus's adapter does, so SPEC 2's rules stay in one place.
 */
export interface LogSource {
  /** what messages call it: a file's name, a server's URL */
  readonly name: string;
  read(settings: Settings, opts?: SourceReadOptions): Promise<ImportResult>;
}

/** A log file on disk, read by the importer (gzip, two threads for a large status log). */
export class FileSource implements LogSource {
  constructor(
    private readonly path: string,
    private readonly fileName: string,
    private readonly extra: { keepTexts?: boolean; secondCore?: SecondCore } = {},
  ) {}

  get name(): string {
    return this.fileName;
  }

  read(settings: Settings, opts: SourceReadOptions = {}): Promise<ImportResult> {
    return importFile(this.path, { fileName: this.fileName, settings: settings.import, ...this.extra, ...opts });
  }
}
