import type { RecordTable } from '../model/records';
import type { TextColumn } from '../model/text-column';
import { TextColumnBuilder } from './text-column-builder';

/**
 * Growable column-wise record storage, trimmed once at the end: typed arrays doubled as needed, or sized once
 * from an estimate of the rows (reserve) and then grown by an eighth, so a million-record log does not hold
 * the old and the doubled columns at once, nor up to twice the room it needs.
 */
export class RecordColumns {
  count = 0;
  private cap = 1024;
  private reserved = false;
  start = new Float64Array(this.cap);
  end = new Float64Array(this.cap);
  service = new Int32Array(this.cap);
  severity = new Uint8Array(this.cap);
  affected = new Float64Array(this.cap);
  region = new Int32Array(this.cap);
  open = new Uint8Array(this.cap);
  line: Int32Array | null;
  /** one entry per record, pushed by the caller after each push() */
  readonly titles: TextColumnBuilder | null;
  readonly ids: TextColumnBuilder | null;

  /** `withLines` false: no line column (RecordTable.line null; 4 bytes a record less) */
  constructor(withTitles: boolean, withIds: boolean, withLines = true) {
    this.titles = withTitles ? new TextColumnBuilder() : null;
    this.ids = withIds ? new TextColumnBuilder() : null;
    this.line = withLines ? new Int32Array(this.cap) : null;
  }

  /** Makes room for about `rows` records in all (an estimate: more may come). */
  reserve(rows: number): void {
    this.reserved = true;
    if (rows > this.cap) this.resize(Math.ceil(rows));
    this.titles?.reserve(rows);
    this.ids?.reserve(rows);
  }

  /**
   * Appends a record; `end` NaN marks it open (it ends at the log's latest instant, set by finish). A log
   * with titles or ids pushes the record's entry to each of them next.
   */
  push(
    start: number,
    end: number,
    service: number,
    severity: number,
    affected: number,
    region: number,
    line: number,
  ): void {
    if (this.count === this.cap) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.open[i] = Number.isNaN(end) ? 1 : 0;
    this.service[i] = service;
    this.severity[i] = severity;
    this.affected[i] = affected;
    this.region[i] = region;
    if (this.line !== null) this.line[i] = line;
  }

  finish(latestInstant: number, services: string[], regions: string[]): RecordTable {
    const n = this.count;
    // a view when the spare room is small, else a copy: copying a million records' columns would double
    // the memory at the import's peak only to give back a few percent
    const trim = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T =>
      (n * 4 >= this.cap * 3 ? a.subarray(0, n) : a.slice(0, n)) as T;
    const end = trim(this.end);
    for (let i = 0; i < n; i++) if (this.open[i] === 1) end[i] = latestInstant;
    const t: RecordTable = {
      count: n,
      start: trim(this.start),
      end,
      service: trim(this.service),
      severity: trim(this.severity),
      affected: trim(this.affected),
      region: trim(this.region),
      open: trim(this.open),
      line: this.line && trim(this.line),
      services,
      regions,
    };
    if (this.titles) t.titles = text(this.titles, n);
    if (this.ids) t.ids = text(this.ids, n);
    return t;
  }

  private grow(): void {
    this.resize(this.reserved ? this.cap + Math.ceil(this.cap / 8) : this.cap * 2);
  }

  private resize(cap: number): void {
    this.cap = cap;
    const g = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(this.cap);
      b.set(a);
      return b;
    };
    this.start = g(this.start, Float64Array);
    this.end = g(this.end, Float64Array);
    this.service = g(this.service, Int32Array);
    this.severity = g(this.severity, Uint8Array);
    this.affected = g(this.affected, Float64Array);
    this.region = g(this.region, Int32Array);
    this.open = g(this.open, Uint8Array);
    this.line = this.line && g(this.line, Int32Array);
  }
}

function text(column: TextColumnBuilder, n: number): TextColumn {
  // a record without its entry would shift every later record's text onto the wrong row
  if (column.count !== n) throw new Error(`internal: ${column.count} texts for ${n} records`);
  return column.finish();
}
