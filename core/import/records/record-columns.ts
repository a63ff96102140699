import type { RecordTable } from '../../model/records';
import type { TextColumn } from '../../model/text-column';
import { plainColumns, sharedColumns, type ColumnConstructor, type ColumnRoom } from './grown-column';
import { groupByService } from './group-by-service';
import { InstantColumns } from './instant-columns';
import { MAX_SHORT_KINDS, RecordKindTable } from './record-kinds';
import { TextColumnBuilder } from './text-column-builder';

/** Most service codes a 16-bit service column holds (-1 is platform-wide). */
const MAX_SHORT_SERVICES = 1 << 15;

/**
 * Growable column-wise record storage, trimmed once at the end: typed arrays doubled as needed, or sized once
 * from an estimate of the rows (reserve) and then grown by an eighth, so a million-record log does not hold
 * the old and the doubled columns at once, nor up to twice the room it needs.
 */
export class RecordColumns {
  count = 0;
  private cap = 1024;
  private reserved = false;
  private readonly room: ColumnRoom;
  private readonly instants: InstantColumns;
  private readonly kinds = new RecordKindTable();
  private service: Int16Array | Int32Array;
  private kind: Uint16Array | Int32Array;
  private line: Int32Array | null;
  /** rows pushed open, whose end finish() sets */
  private readonly opened: number[] = [];
  /** one entry per record, pushed by the caller after each push() */
  readonly titles: TextColumnBuilder | null;
  readonly ids: TextColumnBuilder | null;

  /**
   * `withLines` false: no line column (RecordTable.line null; 4 bytes a record less). `grouped`: a table
   * without texts whose rows finish() groups by service, on shared memory (RecordTable.groups).
   */
  constructor(
    withTitles: boolean,
    withIds: boolean,
    withLines = true,
    private readonly grouped = false,
  ) {
    // texts and lines follow the log's order, which a grouped table does not keep
    if (grouped && (withTitles || withIds || withLines)) throw new Error('internal: a grouped table keeps no texts');
    this.room = grouped ? sharedColumns : plainColumns;
    this.instants = new InstantColumns(this.cap, this.room);
    this.service = this.room(Int16Array, this.cap);
    this.kind = this.room(Uint16Array, this.cap);
    this.titles = withTitles ? new TextColumnBuilder() : null;
    this.ids = withIds ? new TextColumnBuilder() : null;
    this.line = withLines ? this.room(Int32Array, this.cap) : null;
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
    const open = Number.isNaN(end) ? 1 : 0;
    if (open) this.opened.push(i);
    this.instants.set(i, start, open ? start : end);
    if (service >= MAX_SHORT_SERVICES && this.service instanceof Int16Array) {
      this.service = this.room(Int32Array, this.cap, this.service);
    }
    this.service[i] = service;
    const k = this.kinds.codeOf(severity, region, affected, open);
    if (k === MAX_SHORT_KINDS && this.kind instanceof Uint16Array) {
      this.kind = this.room(Int32Array, this.cap, this.kind);
    }
    this.kind[i] = k;
    if (this.line !== null) this.line[i] = line;
  }

  /** Marks the last record open while keeping the end it was pushed with (a table built from plain records). */
  markOpen(): void {
    const i = this.count - 1;
    this.kind[i] = this.kinds.openOf(this.kind[i]!);
  }

  finish(latestInstant: number, services: string[], regions: string[]): RecordTable {
    const n = this.count;
    // every open record ends at the latest instant: set as any end, so it fits the columns' step
    for (const i of this.opened) this.instants.set(i, this.instants.startAt(i), latestInstant);
    // a view when the spare room is small, else a copy: copying a million records' columns would double
    // the memory at the import's peak only to give back a few percent
    const trim = <T extends Float64Array | Int32Array | Int16Array | Uint16Array>(a: T): T =>
      n * 4 >= this.cap * 3
        ? (a.subarray(0, n) as T)
        : this.room(a.constructor as ColumnConstructor<T>, n, a.subarray(0, n) as T);
    const t: RecordTable = {
      count: n,
      instants: this.instants.finish(n, trim),
      service: trim(this.service),
      kind: trim(this.kind),
      kinds: this.kinds.finish(),
      line: this.line && trim(this.line),
      groups: null,
      services,
      regions,
    };
    if (this.grouped) t.groups = groupByService(t, n, services.length);
    if (this.titles) t.titles = text(this.titles, n);
    if (this.ids) t.ids = text(this.ids, n);
    return t;
  }

  private grow(): void {
    this.resize(this.reserved ? this.cap + Math.ceil(this.cap / 8) : this.cap * 2);
  }

  private resize(cap: number): void {
    this.cap = cap;
    const room = this.room;
    this.instants.resize(cap, this.count);
    const { service, kind, line } = this;
    this.service = service instanceof Int16Array ? room(Int16Array, cap, service) : room(Int32Array, cap, service);
    this.kind = kind instanceof Uint16Array ? room(Uint16Array, cap, kind) : room(Int32Array, cap, kind);
    this.line = line && room(Int32Array, cap, line);
  }
}

function text(column: TextColumnBuilder, n: number): TextColumn {
  // a record without its entry would shift every later record's text onto the wrong row
  if (column.count !== n) throw new Error(`internal: ${column.count} texts for ${n} records`);
  return column.finish();
}
