import { ImportError, type ImportResult, type LogShape } from '../model/import-result';
import { maxGapMs } from '../model/import-settings';
import { farOutlierDiagnostics } from '../compute/far-outliers';
import { containerName, openContainer, type ContainerReaders } from './containers/open-container';
import { cellStrings, type RowCells } from './containers/row-cells';
import { IntervalRows } from './records/interval-rows';
import { StatusRows, type StatusState } from './records/status-rows';
import { MappingError, mappingNames, planColumns, type ColumnPlan } from './shape/column-mapping';
import { DiagnosticLog, isAssumption } from './shape/diagnostics';
import { previewProblems, type LogImporterOptions, type LogPreview } from './shape/import-options';
import { RowContext } from './shape/row-context';
import { UPPTIME_SUMMARY_DAYS } from './shape/upptime-summary';
import { joinBytes } from './source/bytes';
import { fileStem } from './source/file-stem';
import { absorbHalf, halfSummary, type HalfReading } from './source/parallel-read/half-summary';
import type { StatusHalf } from './source/parallel-read/status-log-halves';

/** Bytes gathered before the container is decided (enough for a header line and a JSON first line). */
const HEAD_BYTES = 64 * 1024;

/** Rows read before the record columns are sized from the file's bytes. */
const SIZING_ROWS = 4096;
/** the most interval rows sized from an estimate (about 150 MB of record columns) */
const MAX_RESERVED_ROWS = 4_000_000;

/**
 * The import engine: UTF-8 byte chunks in (already decompressed), records out. Pure: no file system,
 * no zlib, no hashing, so it runs in Node, a worker or a browser; source/file-source.ts feeds it from disk.
 */
export class LogImporter {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private started = false;
  /** the readers of the log's container, once its head has shown which */
  private readers: ContainerReaders | null = null;
  private header: string[] | null = null;
  private plan: ColumnPlan | null = null;
  private planError: string | null = null;
  private ctx: RowContext | null = null;
  /** rows rejected before the columns were known (JSON samples its first records first) */
  private earlyRejected = 0;
  private sink: IntervalRows | StatusRows | null = null;
  private readonly diagnostics = new DiagnosticLog();
  private readonly previewText: string[][] = [];
  private dataRows = 0;
  private pushedBytes = 0;
  private sized = false;
  private readonly stem: string;
  /** the log is Upptime's summary.json, read as one record per day with downtime */
  private upptimeSummary = false;

  constructor(private readonly opts: LogImporterOptions) {
    this.stem = fileStem(opts.fileName);
  }

  /** Data rows read so far (status logs: samples). */
  get rows(): number {
    return this.dataRows + this.laneRows;
  }

  /** Rows the status fast lane took from their bytes alone (records/status-rows-fast.ts): what the bench reports. */
  get laneRows(): number {
    return this.readers?.csv?.shortcut?.rows ?? 0;
  }

  /** The status reduction's sizes (null: not a status log), for tests of its memory design. */
  get statusState(): StatusState | null {
    return this.sink instanceof StatusRows ? this.sink.state() : null;
  }

  /** A preview has all the rows it wants: the caller may stop reading. */
  get done(): boolean {
    return this.readers?.reader.stopped ?? false;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.pushedBytes += chunk.length;
    if (this.started) {
      this.readers!.reader.push(chunk);
      this.sizeRecords();
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes >= HEAD_BYTES) {
      this.start();
      this.sizeRecords();
    }
  }

  /**
   * Once the first rows are read, estimates the log's rows from their bytes (plus 2 %: rows vary in length)
   * and sizes the interval records for them. Only a size: results do not depend on the estimate.
   */
  private sizeRecords(): void {
    const total = this.opts.expectedBytes;
    if (this.sized || total === undefined || !(this.sink instanceof IntervalRows)) return;
    if (this.dataRows < SIZING_ROWS && this.pushedBytes < total) return;
    this.sized = true;
    // a file whose first rows are short and the rest one huge cell would otherwise reserve for millions of rows
    // that never come: reserve at most MAX_RESERVED_ROWS up front, and let a truly large log grow from there
    this.sink.reserve(Math.min(MAX_RESERVED_ROWS, (this.dataRows * total * 1.02) / this.pushedBytes));
  }

  /** The import's result; throws ImportError when the log yields nothing to report. */
  finish(source: { sha256: string; bytes: number }): ImportResult {
    this.end();
    const ctx = this.ctx;
    const sink = this.sink;
    if (!ctx || !sink || !this.plan) throw this.fail(this.planError ?? 'holds no records');
    const rows = ctx.rows + this.earlyRejected;
    const rejected = ctx.rejected + this.earlyRejected;
    if (rows - rejected === 0) {
      const first = this.diagnostics.kept.find((d) => !isAssumption(d.message));
      const why = first ? `; the first: line ${first.line}: ${first.message}` : '';
      throw new ImportError(
        `${this.opts.fileName}: no usable rows: all ${rows} rows were rejected${why}`,
        first?.line ?? 0,
      );
    }
    // timestamps the status lane read since the last row the context saw
    ctx.noteForms(0);
    const latest = ctx.latest;
    let result: Pick<ImportResult, 'records' | 'samples' | 'observed'>;
    if (sink instanceof StatusRows) {
      const status = sink.finish(latest);
      result = status;
      // how the log was read follows the rows' problems, which must not crowd it out of the kept ones
      this.diagnostics.keepAlways(status.notes, 'last');
    } else {
      if (sink.records === 0) throw this.fail('holds no outage records (every row says the service was up)');
      result = { records: sink.finish(latest), samples: null, observed: null };
    }
    // named first: a far-off typo moves every figure, and the kept diagnostics may be full of bad rows
    this.diagnostics.keepAlways(farOutlierDiagnostics(result.records), 'first');
    return {
      source: {
        file: this.opts.fileName,
        sha256: source.sha256,
        format: this.format(),
        shape: this.plan.shape,
        records: result.records.count,
        skipped: rejected,
        bytes: source.bytes,
        rows,
      },
      records: result.records,
      samples: result.samples,
      observed: result.observed,
      diagnostics: this.diagnostics.kept,
      diagnosticsTotal: this.diagnostics.total,
      columns: this.header ?? [],
      mapping: mappingNames(this.header ?? [], this.plan.columns),
      latestInstant: latest,
    };
  }

  /** What the mapping dialog shows; never throws for a log it can read at all. */
  preview(): LogPreview {
    try {
      this.end();
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      return this.previewOf(e.message);
    }
    return this.previewOf(this.planError);
  }

  private previewOf(problem: string | null): LogPreview {
    const header = this.header ?? [];
    return {
      columns: header,
      rows: this.previewText,
      shape: this.plan?.shape ?? null,
      format: this.format(),
      mapping: this.plan ? mappingNames(header, this.plan.columns) : {},
      problems: previewProblems(problem, this.diagnostics.kept),
    };
  }

  private end(): void {
    if (!this.started) this.start();
    const { reader, jsonArray, jsonRows, container } = this.readers!;
    if (!reader.stopped) reader.end();
    if (jsonArray && !jsonArray.foundArray && this.header === null) {
      throw this.fail('holds no array of records (expected an array, or an object holding one)');
    }
    jsonRows?.end();
    if (this.header === null) throw this.fail('holds no records');
    if (this.rows === 0) {
      throw this.fail(container === 'csv' ? 'has a header but no data rows' : 'holds no records');
    }
  }

  private start(): void {
    this.started = true;
    const head = this.head.length === 1 ? this.head[0]! : joinBytes(this.head, this.headBytes);
    this.head = [];
    const { readers, text } = openContainer(
      head,
      { fileName: this.opts.fileName, csvMode: this.opts.csvMode },
      {
        header: (columns) => this.onHeader(columns),
        row: (cells, line) => this.onRow(cells, line),
        // every row that yields no record counts in source.skipped, whether or not the columns are known yet
        problem: (line, message) => {
          if (this.ctx) {
            this.ctx.rows++;
            this.ctx.reject(line, message);
          } else {
            this.earlyRejected++;
            this.diagnostics.add(line, message);
          }
        },
        upptimeSummary: (line) => {
          this.upptimeSummary = true;
          this.diagnostics.assume(line, UPPTIME_SUMMARY_DAYS);
        },
      },
      (p) => this.fail(p),
    );
    this.readers = readers;
    readers.reader.push(text);
  }

  /** Fixes the column plan; returns the service column for JSON's per-component rows. */
  private onHeader(columns: string[]): number {
    this.header = columns;
    try {
      this.plan = planColumns(columns, this.opts.settings.columns);
    } catch (e) {
      if (!(e instanceof MappingError)) throw e;
      this.planError = e.message;
      if (this.opts.previewRows === undefined) throw this.fail(e.message);
      return -1;
    }
    try {
      this.ctx = new RowContext(this.opts.settings, this.plan, this.diagnostics, this.stem);
    } catch (e) {
      // a date format date-fns refuses: the user's setting, so the message says what to fix
      this.plan = null;
      this.planError = (e as Error).message;
      if (this.opts.previewRows === undefined) throw this.fail(this.planError);
      return -1;
    }
    this.sink =
      this.plan.shape === 'interval'
        ? new IntervalRows(this.ctx, this.opts.keepTexts ?? true)
        : new StatusRows(this.ctx, maxGapMs(this.opts.settings));
    const { csv, jsonRows } = this.readers!;
    if (jsonRows && this.opts.previewRows === undefined) {
      const read = new Set([...Object.values(this.plan.columns), this.plan.startFallback]);
      jsonRows.wanted = [...read].filter((k) => k >= 0);
    }
    if (csv && this.opts.previewRows === undefined) {
      csv.cellsNeeded = Math.max(this.plan.startFallback, ...Object.values(this.plan.columns)) + 1;
      if (this.sink instanceof StatusRows && this.opts.csvMode !== 'rfc4180') csv.shortcut = this.sink.fastLane();
      if (this.sink instanceof IntervalRows) {
        csv.instantColumns = this.sink.instantColumns;
        csv.nameColumns = this.sink.nameColumns;
      }
    }
    return this.plan.columns.service ?? -1;
  }

  private onRow(cells: RowCells, line: number): void {
    this.dataRows++;
    const limit = this.opts.previewRows;
    if (limit !== undefined) {
      this.previewText.push(cellStrings(cells));
      if (this.dataRows >= limit) {
        const { reader, jsonRows } = this.readers!;
        reader.stopped = true;
        if (jsonRows) jsonRows.stopped = true;
      }
    }
    this.sink?.row(cells, line);
  }

  /** The log's format as the result names it: its container, `.gz`, and the format its columns or shape show. */
  private format(): string {
    const named = this.upptimeSummary ? 'upptime-summary' : this.plan?.format;
    return `${containerName(this.readers)}${this.opts.compressed ? '.gz' : ''}${named ? ' ' + named : ''}`;
  }

  private fail(problem: string): ImportError {
    return new ImportError(`${this.opts.fileName}: ${problem}`);
  }

  /**
   * The summary of a second half (parallel-read/): the importer was given the header line and then the rows of
   * that half. Throws an ImportError when the log is no CSV status log.
   */
  half(): StatusHalf {
    this.end();
    const reading = this.statusReading();
    if (!this.readers!.csv || !reading) throw this.fail('is not a CSV status log');
    return halfSummary(reading);
  }

  /**
   * Takes in the second half another thread read, as if this importer had read its rows after its own.
   * Returns false, having changed nothing, when the bytes pushed so far do not end with a whole row (a quoted
   * field runs on past the split): the caller then pushes the rest of the
   * file here instead.
   */
  absorbHalf(half: StatusHalf): boolean {
    // a first half shorter than the head the container is decided on is still waiting to be read
    if (!this.started) this.start();
    const csv = this.readers!.csv;
    const reading = this.statusReading();
    if (!csv || !csv.atRowStart || !reading) return false;
    // the half counted its header as line 1 and its first row as line 2
    absorbHalf(reading, half, csv.nextLine - 2);
    this.dataRows += half.rows;
    return true;
  }

  /** What this importer read of a status log (null for an interval log, or before the columns are known). */
  private statusReading(): HalfReading | null {
    const { ctx, sink } = this;
    return ctx && sink instanceof StatusRows ? { ctx, sink, diagnostics: this.diagnostics } : null;
  }

  /** The shape chosen so far (null before the header). */
  get shape(): LogShape | null {
    return this.plan?.shape ?? null;
  }
}
