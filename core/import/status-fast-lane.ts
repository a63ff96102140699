import { ByteRun } from './byte-run';
import { LF, QUOTE } from './bytes';
import type { RowCells } from './row-cells';

/**
 * What the fast lane needs of the status reduction: the stream and meaning of the row it just accepted,
 * and a way to count a row it recognised without reading its cells.
 */
export interface StatusTaker<S> {
  /** the stream, instant and word code of the row read last, or null when that row was rejected */
  readonly accepted: { stream: S; t: number; code: number } | null;
  /** counts one more sample of `stream`, exactly as reading the row would */
  take(stream: S, t: number, code: number, line: number): void;
}

/** A stream's last accepted row, from the delimiter after the timestamp through the last cell read. */
interface Template<S> {
  bytes: ByteRun;
  /** the template runs to the line feed: nothing of the row is left to scan */
  endsRow: boolean;
  stream: S;
  code: number;
}

/**
 * Status logs repeat themselves: every stream reports once per interval in a fixed cycle, the timestamp is
 * the same for a whole cycle, and a stream's status rarely changes. So a row is usually, byte for byte, its
 * timestamp as the row before wrote it, then the cells its stream wrote last time (service, region,
 * status). This lane checks exactly that, comparing the bytes four at a time with no cell splitting,
 * interning or word lookup; any difference (a new timestamp, another stream than the cycle predicts, a status change,
 * a quote) leaves the row to the CSV reader, and the lane learns from what the reader made of it.
 *
 * Only an exact byte match is taken, and only of bytes the full path accepted before, so the lane's records
 * are the full path's records (test/import/status-fast-lane.test.ts checks them equal on random logs).
 * It needs the timestamp in the first column and the cells it compares in the columns right after.
 */
export class StatusFastLane<S> {
  /** rows taken by the lane (they never reach the row sink) */
  rows = 0;
  private readonly ts = new ByteRun();
  private t = NaN;
  private readonly templates: Template<S>[] = [];
  private readonly indexOf = new Map<S, number>();
  /** template index -> the template that followed it last time (-1: none yet) */
  private readonly next: number[] = [];
  private last = -1;

  /** `lastCell`: the highest column the status reduction reads (timestamp in column 0) */
  constructor(
    private readonly taker: StatusTaker<S>,
    private readonly lastCell: number,
  ) {}

  /** The position after the row at `pos` when the lane took it, else -1 (the reader reads the row). */
  tryRow(buf: Uint8Array, view: DataView, pos: number, len: number, line: number): number {
    const ts = this.ts;
    const guess = this.last >= 0 ? this.next[this.last]! : -1;
    if (guess < 0 || ts.length === 0) return -1;
    const tpl = this.templates[guess]!;
    const bytes = tpl.bytes;
    let p = pos + ts.length;
    if (p + bytes.length > len || !ts.at(buf, view, pos) || !bytes.at(buf, view, p)) return -1;
    p += bytes.length;
    if (tpl.endsRow) p--;
    else {
      // the cells nobody reads: only a quote (which may hide a line feed) or the row's end matter
      for (; p < len; p++) {
        const b = buf[p]!;
        if (b === LF) break;
        if (b === QUOTE) return -1;
      }
      if (p >= len) return -1;
    }
    this.last = guess;
    this.rows++;
    this.taker.take(tpl.stream, this.t, tpl.code, line);
    return p + 1;
  }

  /** The reader's fast path just read the row [pos, lf] into `cells`: remember what it was. */
  learn(buf: Uint8Array, view: DataView, pos: number, lf: number, cells: RowCells): void {
    const got = this.taker.accepted;
    const k = this.lastCell;
    if (got === null || cells.count <= k) return;
    const tsEnd = cells.ends[0]!;
    const cellEnd = cells.ends[k]!;
    // the last cell read ends the row (at its LF, or at a CR before it): the template keeps the line end
    const endsRow = cellEnd >= lf - 1;
    this.ts.set(buf, pos, tsEnd + 1);
    this.t = got.t;
    const from = tsEnd + 1;
    const to = endsRow ? lf + 1 : cellEnd + 1;
    let i = this.indexOf.get(got.stream);
    if (i === undefined) {
      i = this.templates.length;
      this.indexOf.set(got.stream, i);
      this.templates.push({ bytes: new ByteRun().set(buf, from, to), endsRow, stream: got.stream, code: got.code });
      this.next.push(-1);
    } else {
      // the same cells as before (the row came to the reader for its new timestamp): nothing to copy
      const tpl = this.templates[i]!;
      if (tpl.bytes.length !== to - from || !tpl.bytes.at(buf, view, from)) tpl.bytes.set(buf, from, to);
      tpl.endsRow = endsRow;
      tpl.code = got.code;
    }
    if (this.last >= 0) this.next[this.last] = i;
    this.last = i;
  }
}
