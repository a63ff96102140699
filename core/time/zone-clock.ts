import { tzOffset } from '@date-fns/tz';
import { MS_PER_DAY, MS_PER_MINUTE } from './civil-time';

/** Every UTC offset change since 1970 falls on a quarter hour, so offsets are cached per 15-minute bucket. */
const BUCKET_MS = 15 * MS_PER_MINUTE;

/**
 * Turns wall-clock times of one IANA zone into instants.
 *
 * DST rules (the same as date-fns, Temporal's "compatible" and most schedulers):
 * - a wall time in a gap (spring forward, e.g. 02:30 on a New York March night) does not exist; it is read
 *   with the offset in force before the gap, which moves it forward by the gap's length (02:30 -> 03:30 EDT);
 * - a wall time in an overlap (fall back, e.g. 01:30 on a New York November night) happens twice; the
 *   earlier instant is taken (01:30 EDT, not 01:30 EST).
 */
export class ZoneClock {
  private readonly cache = new Map<number, number>();

  constructor(readonly zone: string) {}

  /** Offset in ms (local minus UTC) at the instant utcMs. */
  offsetAt(utcMs: number): number {
    const bucket = Math.floor(utcMs / BUCKET_MS);
    let off = this.cache.get(bucket);
    if (off === undefined) {
      off = tzOffset(this.zone, new Date(bucket * BUCKET_MS)) * MS_PER_MINUTE;
      this.cache.set(bucket, off);
    }
    return off;
  }

  /** The instant of a wall-clock time given as "ms since epoch as if the wall time were UTC". */
  wallToUtc(wallMs: number): number {
    // Assumes at most one offset change within a day either side, true of every real zone.
    const before = this.offsetAt(wallMs - MS_PER_DAY);
    const after = this.offsetAt(wallMs + MS_PER_DAY);
    const t1 = wallMs - before;
    if (before === after) return t1;
    const t2 = wallMs - after;
    const ok1 = this.offsetAt(t1) === before;
    const ok2 = this.offsetAt(t2) === after;
    if (ok1 && ok2) return Math.min(t1, t2);
    if (ok2) return t2;
    return t1; // valid before the change, or in a gap: the offset before the gap pushes it forward
  }
}
