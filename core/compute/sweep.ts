import type { RecordKinds } from '../model/records';
import { affectedShare, DEGRADED, MAINTENANCE, MAJOR, PARTIAL, type Weights } from './affected-share';
import { EndHeap } from './end-heap';
import { ShareGroups } from './share-groups';

/** Bits of a segment's mask: which severities are active (maintenance as defined for the service). */
export const MASK_MAJOR = 1;
export const MASK_PARTIAL = 2;
export const MASK_DEGRADED = 4;
export const MASK_MAINTENANCE = 8;

/**
 * One service's records as a step function of time: segment j is [times[j], times[j+1]) with the active
 * severities in mask[j] and the affected share F in share[j]. Before times[0] and from the last time on,
 * nothing is active (the last segment is the all-zero one). Consecutive segments always differ.
 * Episodes (maximal intervals where w > 0, touching ones merged) are listed in runStart/runEnd.
 * Everything is in real instants (ms), independent of the report time zone.
 */
export interface ServiceSweep {
  times: Float64Array;
  mask: Uint8Array;
  share: Float64Array;
  runStart: Float64Array;
  runEnd: Float64Array;
}

/** w(t) of SPEC 5 for a segment mask: the largest weight among the active non-maintenance severities. */
export function maskWeight(mask: number, weights: Weights): number {
  if (mask & MASK_MAJOR) return 1;
  const p = mask & MASK_PARTIAL ? weights.partial : 0;
  const d = mask & MASK_DEGRADED ? weights.degraded : 0;
  return p > d ? p : d;
}

/**
 * The columns a sweep reads. Instants are kept as start[r] * step + base (exact: whole numbers below 2^53),
 * so a log of whole seconds stores them in 32 bits; the sweep compares the stored numbers (the same order)
 * and writes real instants.
 */
export interface SweepTable {
  start: Uint32Array | Int32Array | Float64Array;
  end: Uint32Array | Int32Array | Float64Array;
  base: number;
  step: number;
  /** each row's kind: an index into `kinds`, as in RecordTable */
  kind: Uint16Array | Int32Array;
  kinds: RecordKinds;
  /** how many region codes there are */
  regions: number;
}

/** Rows handed to a sweep a chunk at a time, so no list of a million rows is ever held. */
export interface RowSource {
  /** writes the next rows into buf from its start; returns how many (0: none left) */
  fill(buf: Int32Array): number;
}

export interface SweepOptions {
  weights: Weights;
  /** f(r) of every kind of row (see recordShares) */
  shares: Float64Array;
  /**
   * Rows at or past this index have their maintenance ignored: for the platform row `*`, the first row of a
   * service's group (see ServiceMajorTable), since SPEC 5 counts maintenance for `*` only from platform-wide
   * records (one service's window does not take the whole platform out of its eligible time); Infinity for
   * a service.
   */
  ignoreMaintenanceFrom: number;
  /** records shorter than this (ms) are dropped (SPEC 4 minimum outage); 0 keeps them all */
  minOutageMs?: number;
}

/** f(r) of SPEC 5 for each kind of row: computed once for all the rows and sweeps that read it. */
export function recordShares(table: SweepTable, weights: Weights, regionShares: Float64Array): Float64Array {
  const out = new Float64Array(table.kinds.severity.length);
  for (let k = 0; k < out.length; k++) out[k] = affectedShare(table.kinds, k, weights, regionShares);
  return out;
}

/**
 * The sweep's working memory, reused from one sweep to the next: a one-shot report sweeps service after
 * service, and fresh buffers for each were garbage enough to grow the process by 30 MB.
 */
export class SweepScratch {
  /** rows: how many rows the sweep reads from its source at a time */
  constructor(rows = 4096) {
    this.rows = new Int32Array(rows);
  }

  readonly rows: Int32Array;
  readonly heap = new EndHeap(16);
  readonly segments = new SegmentBuffer();
  readonly runs = new RunBuffer();
}

/**
 * Sweeps `rows` (indices into table, in ascending start order) into a ServiceSweep.
 * Records are active on [start, end): zero-length records never are, so they add nothing here.
 * With `scratch`, the result's columns are views into it, valid until its next sweep; without, they are
 * the sweep's own.
 */
export function sweepService(
  table: SweepTable,
  rows: RowSource,
  opts: SweepOptions,
  scratch?: SweepScratch,
): ServiceSweep {
  const { start, end, kind, base, step } = table;
  const { severity, region } = table.kinds;
  // the heap and the segments grow as needed: `*` over a million records holds about ten active records at a
  // time and a sixth of the 2n + 1 segments it could have, and sizing for the worst case cost 50 MB at the peak
  const work = scratch ?? new SweepScratch();
  const { heap, segments, runs } = work;
  const buf = work.rows;
  heap.size = 0;
  segments.clear();
  runs.clear();
  // episodes (w > 0) as the segments are written: the masks whose weight is above zero
  const down = downMask(opts.weights);
  let open = false;
  let openedAt = 0;
  const { shares, ignoreMaintenanceFrom } = opts;
  // in stored steps, so a row's length is compared without turning its instants into ms
  const minSteps = (opts.minOutageMs ?? 0) / step;
  const groups = new ShareGroups(table.regions, region, shares);
  // active records by severity: major, partial, degraded, maintenance (four locals, not an array: the
  // loop's counters stay in registers)
  let major = 0;
  let partial = 0;
  let degraded = 0;
  let maintenance = 0;
  let lastMask = 0;
  let lastShare = 0;
  // rows come a chunk at a time: buf[i..n) are the next ones, n === 0 once all are read
  let n = rows.fill(buf);
  let i = 0;
  while (n > 0 || heap.size > 0) {
    const nextStart = n > 0 ? start[buf[i]!]! : Infinity;
    let topEnd = heap.topEnd();
    const t = nextStart < topEnd ? nextStart : topEnd;
    while (topEnd <= t) {
      const k = kind[heap.pop()]!;
      const sev = severity[k]!;
      if (sev === MAJOR) major--;
      else if (sev === PARTIAL) partial--;
      else if (sev === DEGRADED) degraded--;
      else maintenance--;
      if (shares[k]! > 0) groups.ended(k);
      topEnd = heap.topEnd();
    }
    while (n > 0 && start[buf[i]!]! === t) {
      const r = buf[i++]!;
      if (i === n) {
        n = rows.fill(buf);
        i = 0;
      }
      const k = kind[r]!;
      const sev = severity[k]!;
      const e = end[r]!;
      if (e <= t || e - t < minSteps) continue;
      if (sev === MAINTENANCE) {
        if (r >= ignoreMaintenanceFrom) continue;
        maintenance++;
      } else if (sev === MAJOR) major++;
      else if (sev === PARTIAL) partial++;
      else degraded++;
      const f = shares[k]!;
      if (f > 0) groups.add(k, e);
      heap.push(e, r);
    }
    const m =
      (major > 0 ? MASK_MAJOR : 0) |
      (partial > 0 ? MASK_PARTIAL : 0) |
      (degraded > 0 ? MASK_DEGRADED : 0) |
      (maintenance > 0 ? MASK_MAINTENANCE : 0);
    const f = groups.value(t);
    if (m !== lastMask || f !== lastShare) {
      const at = t * step + base;
      segments.push(at, m, f);
      if ((m & down) !== 0) {
        if (!open) openedAt = at;
        open = true;
      } else if (open) {
        runs.push(openedAt, at);
        open = false;
      }
      lastMask = m;
      lastShare = f;
    }
  }
  const own = !scratch;
  const { times, mask, share } = segments.take(own);
  // the last segment is the all-zero one, so no episode is left open
  const episodes = runs.take(own);
  return { times, mask, share, runStart: episodes.start, runEnd: episodes.end };
}

/** The sweep's segments as they are written: columns that double when full. */
class SegmentBuffer {
  private times = new Float64Array(1024);
  private mask = new Uint8Array(1024);
  private share = new Float64Array(1024);
  private k = 0;

  clear(): void {
    this.k = 0;
  }

  push(t: number, m: number, f: number): void {
    if (this.k === this.times.length) this.grow();
    this.times[this.k] = t;
    this.mask[this.k] = m;
    this.share[this.k] = f;
    this.k++;
  }

  /** The segments written: copies of their exact length (own), or views into the buffer. */
  take(own: boolean): { times: Float64Array; mask: Uint8Array; share: Float64Array } {
    const k = this.k;
    const cut = own ? 'slice' : 'subarray';
    return { times: this.times[cut](0, k), mask: this.mask[cut](0, k), share: this.share[cut](0, k) };
  }

  private grow(): void {
    const cap = 2 * this.times.length;
    const times = new Float64Array(cap);
    const mask = new Uint8Array(cap);
    const share = new Float64Array(cap);
    times.set(this.times);
    mask.set(this.mask);
    share.set(this.share);
    this.times = times;
    this.mask = mask;
    this.share = share;
  }
}

/** Episode bounds as they are found: columns that double when full. */
class RunBuffer {
  private start = new Float64Array(256);
  private end = new Float64Array(256);
  private k = 0;

  clear(): void {
    this.k = 0;
  }

  push(s: number, e: number): void {
    if (this.k === this.start.length) {
      const start = new Float64Array(2 * this.k);
      const end = new Float64Array(2 * this.k);
      start.set(this.start);
      end.set(this.end);
      this.start = start;
      this.end = end;
    }
    this.start[this.k] = s;
    this.end[this.k] = e;
    this.k++;
  }

  take(own: boolean): { start: Float64Array; end: Float64Array } {
    const cut = own ? 'slice' : 'subarray';
    return { start: this.start[cut](0, this.k), end: this.end[cut](0, this.k) };
  }
}

/**
 * The mask bits whose severity weighs above zero: maskWeight(m) > 0 exactly when m has one of them (major
 * weighs 1; partial and degraded weigh their setting, and the larger of two is above zero when one is).
 */
function downMask(weights: Weights): number {
  return MASK_MAJOR | (weights.partial > 0 ? MASK_PARTIAL : 0) | (weights.degraded > 0 ? MASK_DEGRADED : 0);
}
