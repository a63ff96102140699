import { INSTANT_STEPS, type RecordInstants } from '../../model/records';
import { plainColumns, type ColumnRoom } from './grown-column';

/**
 * Growable start and end columns (RecordInstants) whose step is found while the log is read: they begin as
 * 32-bit whole minutes from the first start, move to seconds or ms when an instant needs it (the stored
 * values are multiplied up, once per step), and to 64-bit instants when one does not fit 32 bits. Half the
 * room of 64-bit instants for almost every log, the largest share of a million-row interval log's memory.
 */
export class InstantColumns {
  private base = NaN;
  private step: number = INSTANT_STEPS[0];
  private steps: { start: Int32Array; end: Int32Array } | null;
  private wide: { start: Float64Array; end: Float64Array } | null = null;

  constructor(
    cap: number,
    private readonly room: ColumnRoom = plainColumns,
  ) {
    this.steps = { start: room(Int32Array, cap), end: room(Int32Array, cap) };
  }

  /** Row i's instants (in any order: an open record's end is set last). */
  set(i: number, start: number, end: number): void {
    const steps = this.steps;
    if (steps !== null) {
      const s = (start - this.base) / this.step;
      const e = (end - this.base) / this.step;
      // `| 0` keeps a value only when it is a whole number within 32 bits: one test for both
      if ((s | 0) === s && (e | 0) === e) {
        steps.start[i] = s;
        steps.end[i] = e;
        return;
      }
      this.fit(start);
      if (this.steps !== null) this.fit(end);
      // a finer step for the end may put the start out of 32 bits
      if (this.steps !== null) this.fit(start);
      if (this.steps !== null) {
        this.steps.start[i] = (start - this.base) / this.step;
        this.steps.end[i] = (end - this.base) / this.step;
        return;
      }
    }
    this.wide!.start[i] = start;
    this.wide!.end[i] = end;
  }

  /** Row i's start, as set. */
  startAt(i: number): number {
    return this.steps ? this.base + this.step * this.steps.start[i]! : this.wide!.start[i]!;
  }

  /** Room for `cap` rows, keeping the first `count`. */
  resize(cap: number, count: number): void {
    const room = this.room;
    if (this.steps) {
      const { start, end } = this.steps;
      this.steps = {
        start: room(Int32Array, cap, start.subarray(0, count)),
        end: room(Int32Array, cap, end.subarray(0, count)),
      };
    } else {
      const { start, end } = this.wide!;
      this.wide = {
        start: room(Float64Array, cap, start.subarray(0, count)),
        end: room(Float64Array, cap, end.subarray(0, count)),
      };
    }
  }

  /** The columns of the first `count` rows; `trim` makes each a view or a copy (RecordColumns.finish). */
  finish(count: number, trim: <T extends Int32Array | Float64Array>(a: T) => T): RecordInstants {
    if (this.steps) {
      // a log of no rows has no first start
      const base = count === 0 ? 0 : this.base;
      return { start: trim(this.steps.start), end: trim(this.steps.end), base, step: this.step };
    }
    return { start: trim(this.wide!.start), end: trim(this.wide!.end), base: 0, step: 1 };
  }

  /**
   * Makes the 32-bit steps hold `t`: the first start sets the base; an instant between steps moves every
   * stored value to the finest step that holds it; else the columns become 64-bit. Rows not yet set hold 0,
   * which either keeps.
   */
  private fit(t: number): void {
    const steps = this.steps!;
    if (Number.isNaN(this.base)) this.base = t;
    const d = t - this.base;
    let step = this.step;
    for (let s = INSTANT_STEPS.indexOf(step as (typeof INSTANT_STEPS)[number]); ;) {
      if (Math.floor(d / step) * step === d) break;
      if (++s === INSTANT_STEPS.length) return this.widen();
      step = INSTANT_STEPS[s]!;
    }
    const q = d / step;
    if ((q | 0) !== q) return this.widen();
    const factor = this.step / step;
    if (factor !== 1) {
      let lo = 0;
      let hi = 0;
      const n = steps.start.length;
      for (const column of [steps.start, steps.end]) {
        for (let r = 0; r < n; r++) {
          if (column[r]! < lo) lo = column[r]!;
          if (column[r]! > hi) hi = column[r]!;
        }
      }
      if (((lo * factor) | 0) !== lo * factor || ((hi * factor) | 0) !== hi * factor) return this.widen();
      for (let r = 0; r < n; r++) {
        steps.start[r]! *= factor;
        steps.end[r]! *= factor;
      }
      this.step = step;
    }
  }

  /** 64-bit instants from now on, the stored ones converted. */
  private widen(): void {
    const steps = this.steps!;
    const cap = steps.start.length;
    const wide = { start: this.room(Float64Array, cap), end: this.room(Float64Array, cap) };
    for (let r = 0; r < cap; r++) {
      wide.start[r] = this.base + this.step * steps.start[r]!;
      wide.end[r] = this.base + this.step * steps.end[r]!;
    }
    this.steps = null;
    this.wide = wide;
  }
}
