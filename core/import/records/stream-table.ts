import { RowIntervals } from './row-intervals';
import type { HalfStream } from '../source/parallel-read/status-log-halves';

type Column = Float64Array | Int32Array | Uint8Array;

/** `a` copied into a column of `length` (the columns of a table grow together). */
function widened<T extends Column>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

/** Every stream's interval entries in stream order: stream s owns [start[s], start[s + 1]). */
export interface GroupedIntervals {
  start: Int32Array;
  value: Float64Array;
  count: Float64Array;
}

/** Per stream, where its entries lie once grouped: stream s owns [start[s], start[s + 1]). */
export interface Grouped {
  start: Int32Array;
  /** pool indices, by stream and in arrival order within a stream */
  order: Int32Array;
}

/** Pool entries grouped by their stream (a counting sort: stable, so arrival order stays within a stream). */
function groupByStream(owner: Int32Array, n: number, streams: number): Grouped {
  const start = new Int32Array(streams + 1);
  for (let i = 0; i < n; i++) start[owner[i]! + 1]!++;
  for (let s = 0; s < streams; s++) start[s + 1]! += start[s]!;
  const fill = start.slice(0, streams);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[owner[i]!]!++] = i;
  return { start, order };
}

/**
 * Every stream of a status log, as columns shared by all streams (struct of arrays) rather than an object
 * with its own small arrays per stream: a fleet of 20,000 streams with a handful of rows each costs the
 * numbers its rows need (about 45 bytes a stream, 25 a status run, 20 an interval entry), not a few KB of
 * array headers and spare room per stream. A stream is its index.
 *
 * Each stream keeps its statuses as segments (maximal runs of one status in arrival order: first and last
 * sample time, status, first line) and its rows' instants as the first one and run-length-encoded intervals
 * (row-intervals.ts). Both live in pools shared by all streams, each entry naming its stream; a stream
 * reaches its latest entry (the only one a log read in time order changes) through `seg` and `iv`, and
 * finish time groups the pools by stream once.
 */
export class StreamTable {
  count = 0;
  // per stream
  service = new Int32Array(64);
  region = new Int32Array(64);
  /** 0 once a sample arrives earlier than the one before it */
  inOrder = new Uint8Array(64);
  rows = new Float64Array(64);
  firstAt = new Float64Array(64);
  lastAt = new Float64Array(64);
  /** its latest segment and interval entry (-1: none) */
  seg = new Int32Array(64);
  iv = new Int32Array(64);

  // segments of every stream
  segs = 0;
  segStream = new Int32Array(64);
  segFirst = new Float64Array(64);
  segLast = new Float64Array(64);
  segCode = new Uint8Array(64);
  segLine = new Int32Array(64);

  // interval entries of every stream
  ivs = 0;
  ivStream = new Int32Array(64);
  ivValue = new Float64Array(64);
  ivCount = new Float64Array(64);

  /** A new stream; returns its index. */
  create(service: number, region: number): number {
    const s = this.count++;
    if (s === this.service.length) {
      const n = s * 2;
      this.service = widened(this.service, n);
      this.region = widened(this.region, n);
      this.inOrder = widened(this.inOrder, n);
      this.rows = widened(this.rows, n);
      this.firstAt = widened(this.firstAt, n);
      this.lastAt = widened(this.lastAt, n);
      this.seg = widened(this.seg, n);
      this.iv = widened(this.iv, n);
    }
    this.service[s] = service;
    this.region[s] = region;
    this.inOrder[s] = 1;
    this.rows[s] = 0;
    this.firstAt[s] = this.lastAt[s] = NaN;
    this.seg[s] = this.iv[s] = -1;
    return s;
  }

  /** A row of stream s at t with this status. */
  add(s: number, t: number, code: number, line: number): void {
    this.status(s, t, code, line);
    if (this.rows[s]!++ === 0) this.firstAt[s] = t;
    else this.pushInterval(s, t - this.lastAt[s]!, 1);
    this.lastAt[s] = t;
  }

  /**
   * `rows` rows with this status from `first` to `last`, the first `step` after the stream's last row and each
   * next one `step` after it (the fast lane's run).
   */
  addEven(s: number, code: number, first: number, last: number, step: number, line: number, rows: number): void {
    this.status(s, first, code, line);
    this.segLast[this.seg[s]!] = last;
    if (this.rows[s] === 0) {
      this.firstAt[s] = this.lastAt[s]! - step;
      this.rows[s] = 1;
    }
    this.pushInterval(s, step, rows);
    this.rows[s]! += rows;
    this.lastAt[s]! += step * rows;
  }

  /** The interval between stream s's last two rows (0 before its second row). */
  lastStep(s: number): number {
    const k = this.iv[s]!;
    return k < 0 ? 0 : this.ivValue[k]!;
  }

  private status(s: number, t: number, code: number, line: number): void {
    const k = this.seg[s]!;
    if (k >= 0 && t < this.segLast[k]!) this.inOrder[s] = 0;
    if (k >= 0 && this.segCode[k] === code && t >= this.segLast[k]!) this.segLast[k] = t;
    else this.pushSegment(s, t, t, code, line);
  }

  private pushSegment(s: number, first: number, last: number, code: number, line: number): void {
    const i = this.segs++;
    if (i === this.segStream.length) {
      const n = i * 2;
      this.segStream = widened(this.segStream, n);
      this.segFirst = widened(this.segFirst, n);
      this.segLast = widened(this.segLast, n);
      this.segCode = widened(this.segCode, n);
      this.segLine = widened(this.segLine, n);
    }
    this.segStream[i] = s;
    this.segFirst[i] = first;
    this.segLast[i] = last;
    this.segCode[i] = code;
    this.segLine[i] = line;
    this.seg[s] = i;
  }

  private pushInterval(s: number, d: number, c: number): void {
    const k = this.iv[s]!;
    if (k >= 0 && this.ivValue[k] === d) {
      this.ivCount[k]! += c;
      return;
    }
    const i = this.ivs++;
    if (i === this.ivStream.length) {
      const n = i * 2;
      this.ivStream = widened(this.ivStream, n);
      this.ivValue = widened(this.ivValue, n);
      this.ivCount = widened(this.ivCount, n);
    }
    this.ivStream[i] = s;
    this.ivValue[i] = d;
    this.ivCount[i] = c;
    this.iv[s] = i;
  }

  /** Segments grouped by stream. */
  segments(): Grouped {
    return groupByStream(this.segStream, this.segs, this.count);
  }

  /** Every stream's interval entries, grouped by stream (rowsOf() gives one stream's view on them). */
  intervals(): GroupedIntervals {
    const { start, order } = groupByStream(this.ivStream, this.ivs, this.count);
    const value = new Float64Array(this.ivs);
    const count = new Float64Array(this.ivs);
    for (let k = 0; k < order.length; k++) {
      value[k] = this.ivValue[order[k]!]!;
      count[k] = this.ivCount[order[k]!]!;
    }
    return { start, value, count };
  }

  /**
   * Stream s's row instants as RowIntervals: views on the grouped entries, made when asked, so a fleet's
   * streams are never all held as objects at once.
   */
  rowsOf(grouped: GroupedIntervals, s: number): RowIntervals {
    const { start, value, count } = grouped;
    const r = new RowIntervals();
    r.rows = this.rows[s]!;
    r.first = this.firstAt[s]!;
    r.last = this.lastAt[s]!;
    r.n = start[s + 1]! - start[s]!;
    r.value = value.subarray(start[s]!, start[s + 1]!);
    r.count = count.subarray(start[s]!, start[s + 1]!);
    return r;
  }

  /** Every stream's state for the thread that reads the first half (log-half.ts). */
  halves(): HalfStream[] {
    const segs = this.segments();
    const intervals = this.intervals();
    const out: HalfStream[] = [];
    for (let s = 0; s < this.count; s++) {
      const idx = segs.order.subarray(segs.start[s]!, segs.start[s + 1]!);
      const r = this.rowsOf(intervals, s);
      out.push({
        service: this.service[s]!,
        region: this.region[s]!,
        n: idx.length,
        first: Float64Array.from(idx, (i) => this.segFirst[i]!),
        last: Float64Array.from(idx, (i) => this.segLast[i]!),
        code: Uint8Array.from(idx, (i) => this.segCode[i]!),
        line: Int32Array.from(idx, (i) => this.segLine[i]!),
        inOrder: this.inOrder[s] === 1,
        rows: r.rows,
        firstAt: r.first,
        lastAt: r.last,
        intervals: r.value.slice(),
        repeats: r.count.slice(),
      });
    }
    return out;
  }

  /**
   * Appends the segments and rows the second half read for stream s, as add() would have made them from its
   * rows: its first segment continues this stream's last one when both hold the same status in time order.
   */
  absorb(s: number, h: HalfStream, lineOffset: number): void {
    let j = 0;
    const k = this.seg[s]!;
    if (h.n > 0 && k >= 0) {
      if (h.first[0]! < this.segLast[k]!) this.inOrder[s] = 0;
      if (this.segCode[k] === h.code[0] && h.first[0]! >= this.segLast[k]!) {
        this.segLast[k] = h.last[0]!;
        j = 1;
      }
    }
    for (; j < h.n; j++) this.pushSegment(s, h.first[j]!, h.last[j]!, h.code[j]!, h.line[j]! + lineOffset);
    if (!h.inOrder) this.inOrder[s] = 0;
    if (h.rows === 0) return;
    if (this.rows[s] === 0) {
      this.rows[s] = h.rows;
      this.firstAt[s] = h.firstAt;
    } else {
      this.pushInterval(s, h.firstAt - this.lastAt[s]!, 1);
      this.rows[s]! += h.rows;
    }
    for (let i = 0; i < h.intervals.length; i++) this.pushInterval(s, h.intervals[i]!, h.repeats[i]!);
    this.lastAt[s] = h.lastAt;
  }
}

/** A stream's segments in time order, as the report reads them. */
export interface StreamSegments {
  n: number;
  first: Float64Array;
  code: Uint8Array;
  line: Int32Array;
}

/**
 * Stream s's segments (from `segments()`), re-sorted by time when they arrived out of order (each segment's
 * first and last samples, stably) and merged again. Exact when late rows fall between earlier runs (e.g.
 * files concatenated in the wrong order); a late row inside an earlier run of another status ends at that
 * run's next recorded sample.
 */
export function segmentsOf(table: StreamTable, grouped: Grouped, s: number): StreamSegments {
  const idx = grouped.order.subarray(grouped.start[s]!, grouped.start[s + 1]!);
  const m = idx.length;
  // re-sorted, a late segment can split an earlier one: at most one segment per first and last sample
  const room = table.inOrder[s] === 1 ? m : 2 * m;
  const first = new Float64Array(room);
  const code = new Uint8Array(room);
  const line = new Int32Array(room);
  if (table.inOrder[s] === 1) {
    for (let j = 0; j < m; j++) {
      first[j] = table.segFirst[idx[j]!]!;
      code[j] = table.segCode[idx[j]!]!;
      line[j] = table.segLine[idx[j]!]!;
    }
    return { n: m, first, code, line };
  }
  const order: number[] = [];
  for (let i = 0; i < m; i++) order.push(i * 2, i * 2 + 1);
  const at = (p: number): number => ((p & 1) === 0 ? table.segFirst[idx[p >> 1]!]! : table.segLast[idx[p >> 1]!]!);
  order.sort((a, b) => at(a) - at(b) || a - b);
  let n = 0;
  for (const p of order) {
    const i = idx[p >> 1]!;
    if (n > 0 && code[n - 1] === table.segCode[i]) continue;
    first[n] = at(p);
    code[n] = table.segCode[i]!;
    line[n++] = table.segLine[i]!;
  }
  return { n, first, code, line };
}
