import { copyBytes } from '../source/bytes';
import type { RowShortcut } from '../containers/row-shortcut';
import type { RowCells } from '../containers/row-cells';
import { BUCKET_MS } from './sample-buckets';
import { LANE_MEMORY as M, laneInstance, NEVER_FITS } from '../source/wasm/status-lane-module';

/**
 * What the fast lane needs of the status reduction: the stream and meaning of the row it just accepted,
 * and a way to count rows it recognised without reading their cells.
 */
export interface StatusTaker<S> {
  /** the stream, instant and word code of the row read last, or null when that row was rejected */
  readonly accepted: { stream: S; t: number; code: number } | null;
  /** the instant of bytes [start, end) as the timestamp column reads them (NaN: none) */
  instantAt(buf: Uint8Array, start: number, end: number): number;
  /** the stream's last row instant and the interval before it (0 before its second row) */
  clock(stream: S): { last: number; step: number };
  /** counts `rows` more rows read, all at instant t (their streams get them through takeRun) */
  counted(rows: number, t: number): void;
  /**
   * `rows` more samples of `stream` with status `code`, from instant `first` to `last` (all in one 15-minute
   * bucket, the first one its stream's last step after its last row, each next one that step after it),
   * exactly as reading those rows one by one would add them; `line`: the first one's (only the first can
   * start a new run of the stream)
   */
  takeRun(stream: S, code: number, first: number, last: number, line: number, rows: number): void;
}

/**
 * Status logs repeat themselves: every stream reports once per interval in a fixed cycle, the timestamp is
 * the same for a whole cycle, and a stream's status rarely changes. So a row is usually, byte for byte, its
 * timestamp as the row before wrote it, then the cells its stream wrote last time (service, region,
 * status). This lane checks exactly that, with no cell splitting, interning or word lookup: the matching
 * runs in WebAssembly (wasm/status-lane.wat), sixteen bytes at a time, over as many rows as match, and
 * keeps each stream's rows as one pending run per 15-minute bucket (only rows that come its last interval
 * after the stream's last row: the instants of its rows stay known), handed to the reduction when the bucket
 * ends, when the reader is about to read a row of that stream (settle) or when the log ends (settleAll);
 * any difference (a new timestamp, another stream than the cycle predicts, a status
 * change, a quote) leaves the row to the CSV reader, and the lane learns from what the reader made of it.
 *
 * Only an exact byte match is taken, and only of bytes the full path accepted before, so the lane's records
 * are the full path's records (test/core/import/status-fast-lane.test.ts checks them equal on random logs).
 * It needs the timestamp in the first column and the cells it compares in the columns right after.
 */
export class StatusFastLane<S> implements RowShortcut {
  /** rows taken by the lane (they never reach the row sink) */
  rows = 0;
  /** rows the last takeRows() took */
  taken = 0;
  private readonly wasm = laneInstance();
  private t = NaN;
  /** each template's stream and status code; a template is a stream's cells as it last wrote them */
  private readonly streams: S[] = [];
  private readonly codes: number[] = [];
  private readonly indexOf = new Map<S, number>();

  /** `lastCell`: the highest column the status reduction reads (timestamp in column 0) */
  constructor(
    private readonly taker: StatusTaker<S>,
    private readonly lastCell: number,
  ) {
    const i32 = this.wasm.i32;
    i32[M.tsLength] = 0;
    i32[M.last] = -1;
  }

  chunk(buf: Uint8Array): void {
    this.wasm.loadChunk(buf);
  }

  takeRows(pos: number, len: number, line: number): number {
    const wasm = this.wasm;
    let taken = 0;
    for (;;) {
      pos = this.run(pos, len, line + taken);
      taken += wasm.i32[M.taken]!;
      // stopped at a row whose timestamp alone is new: read it, then the row is the lane's again
      const tsLength = wasm.i32[M.newTsLength]!;
      if (tsLength === 0) break;
      const at = M.chunkAt + pos;
      const t = this.taker.instantAt(wasm.bytes, at, at + tsLength - 1);
      // not a timestamp: the reader reads the row and reports it
      if (Number.isNaN(t)) break;
      wasm.bytes.copyWithin(M.tsAt, at, at + tsLength);
      this.setTimestamp(tsLength, t);
    }
    this.taken = taken;
    return pos;
  }

  /** One run of the WebAssembly lane from pos; its rows counted, the runs it ended handed on. */
  private run(pos: number, len: number, line: number): number {
    const wasm = this.wasm;
    const next = wasm.exports.run(pos, len, line);
    const i32 = wasm.i32;
    const taken = i32[M.taken]!;
    if (taken === 0) return pos;
    this.rows += taken;
    this.taker.counted(taken, this.t);
    const queued = i32[M.queued]!;
    const f64 = wasm.f64;
    for (let k = 0; k < queued; k++) {
      const e = M.queueAt + k * M.queueEntryBytes;
      const g = i32[e >> 2]!;
      const first = f64[(e + 16) >> 3]!;
      const last = f64[(e + 24) >> 3]!;
      this.taker.takeRun(this.streams[g]!, this.codes[g]!, first, last, i32[(e >> 2) + 2]!, i32[(e >> 2) + 1]!);
    }
    return next;
  }

  /** The timestamp the rows to take start with: its length in the lane's memory, and its instant. */
  private setTimestamp(length: number, t: number): void {
    const { i32, f64 } = this.wasm;
    // a timestamp too long to hold turns the lane off until a row with a shorter one
    i32[M.tsLength] = length <= M.tsMax ? length : 0;
    this.t = t;
    f64[M.instant] = t;
    f64[M.bucket] = Math.floor(t / BUCKET_MS);
  }

  /** Hands the stream's pending run to the reduction: the reader is about to add a row of it. */
  settle(stream: S): void {
    const g = this.indexOf.get(stream);
    if (g !== undefined) this.settleTemplate(g);
  }

  /**
   * The reader added a row of the stream: its template (if any) takes a next row only one step of the
   * stream's after it.
   */
  track(stream: S): void {
    const g = this.indexOf.get(stream);
    if (g !== undefined) this.setClock(g, stream);
  }

  private setClock(g: number, stream: S): void {
    const { last, step } = this.taker.clock(stream);
    const f64 = this.wasm.f64;
    f64[(M.prevAt >> 3) + g] = last;
    f64[(M.stepAt >> 3) + g] = step;
  }

  /** Hands every pending run to the reduction (the log, or this reader's half of it, is read). */
  settleAll(): void {
    for (let g = 0; g < this.streams.length; g++) this.settleTemplate(g);
  }

  private settleTemplate(g: number): void {
    const { i32, f64 } = this.wasm;
    const rows = i32[(M.pendingRowsAt >> 2) + g]!;
    if (rows === 0) return;
    i32[(M.pendingRowsAt >> 2) + g] = 0;
    const first = f64[(M.pendingFirstAt >> 3) + g]!;
    const last = f64[(M.pendingLastAt >> 3) + g]!;
    this.taker.takeRun(this.streams[g]!, this.codes[g]!, first, last, i32[(M.pendingLineAt >> 2) + g]!, rows);
  }

  learn(buf: Uint8Array, pos: number, lf: number, cells: RowCells): void {
    const got = this.taker.accepted;
    const k = this.lastCell;
    if (got === null || cells.count <= k) return;
    const { bytes, i32: slots } = this.wasm;
    const tsEnd = cells.ends[0]!;
    const cellEnd = cells.ends[k]!;
    // the last cell read ends the row (at its LF, or at a CR before it): the template keeps the line end
    const endsRow = cellEnd >= lf - 1;
    const tsLength = tsEnd + 1 - pos;
    if (tsLength <= M.tsMax) copyBytes(buf, pos, tsLength, bytes, M.tsAt);
    this.setTimestamp(tsLength, got.t);
    let i = this.indexOf.get(got.stream);
    if (i === undefined) {
      if (this.streams.length === M.templatesMax) {
        // no room for this stream: no guess follows it, the reader reads the next row
        slots[M.last] = -1;
        return;
      }
      i = this.streams.length;
      this.indexOf.set(got.stream, i);
      this.streams.push(got.stream);
      this.codes.push(got.code);
      slots[((M.templatesAt + i * M.templateSize) >> 2) + M.templateNext] = -1;
    }
    this.codes[i] = got.code;
    this.setClock(i, got.stream);
    const from = tsEnd + 1;
    const n = (endsRow ? lf + 1 : cellEnd + 1) - from;
    const at = M.templatesAt + i * M.templateSize;
    if (n <= M.templateBytesMax) copyBytes(buf, from, n, bytes, at + M.templateBytesAt);
    slots[(at >> 2) + M.templateLength] = n <= M.templateBytesMax ? n : NEVER_FITS;
    slots[(at >> 2) + M.templateEndsRow] = endsRow ? 1 : 0;
    const last = slots[M.last]!;
    if (last >= 0) slots[((M.templatesAt + last * M.templateSize) >> 2) + M.templateNext] = i;
    slots[M.last] = i;
  }
}
