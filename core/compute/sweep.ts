import type { RecordTable } from '../model/records';
import { affectedShare, MAINTENANCE, type Weights } from './affected-share';
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

export interface SweepOptions {
  weights: Weights;
  /** f(r) of every row of the table (see recordShares) */
  shares: Float64Array;
  /**
   * Rows at or past this index have their maintenance ignored: for the platform row `*`, the first row of a
   * service's group (see ServiceMajorTable), since SPEC 5 counts maintenance for `*` only from platform-wide
   * records (one service's window does not take the whole platform out of its eligible time); Infinity for
   * a service.
   */
  ignoreMaintenanceFrom: number;
}

/** f(r) of SPEC 5 for every row of `table`: computed once for all the sweeps that read a row. */
export function recordShares(table: RecordTable, weights: Weights, regionShares: Float64Array): Float64Array {
  const out = new Float64Array(table.count);
  for (let r = 0; r < out.length; r++) out[r] = affectedShare(table, r, weights, regionShares);
  return out;
}

/**
 * Sweeps `rows` (indices into table, in ascending start order) into a ServiceSweep.
 * Records are active on [start, end): zero-length records never are, so they add nothing here.
 */
export function sweepService(table: RecordTable, rows: Int32Array, opts: SweepOptions): ServiceSweep {
  const { start, end, severity } = table;
  const n = rows.length;
  // the heap and the segments grow as needed: `*` over a million records holds about ten active records at a
  // time and a sixth of the 2n + 1 segments it could have, and sizing for the worst case cost 50 MB at the peak
  const heap = new EndHeap(16);
  const segments = new SegmentBuffer(2 * n + 1);
  const { shares, ignoreMaintenanceFrom } = opts;
  const groups = new ShareGroups(table.regions.length);
  // active counts by severity code: major, partial, degraded, maintenance
  const active = [0, 0, 0, 0];
  let lastMask = 0;
  let lastShare = 0;
  let i = 0;
  while (i < n || heap.size > 0) {
    const nextStart = i < n ? start[rows[i]!]! : Infinity;
    const t = Math.min(nextStart, heap.topEnd());
    while (heap.size > 0 && heap.topEnd() <= t) {
      const r = heap.pop();
      active[severity[r]!]!--;
      if (shares[r]! > 0) groups.ended(table.region[r]!);
    }
    while (i < n && start[rows[i]!]! === t) {
      const r = rows[i++]!;
      const sev = severity[r]!;
      if (end[r]! <= t) continue;
      if (sev === MAINTENANCE && r >= ignoreMaintenanceFrom) continue;
      active[sev]!++;
      const f = shares[r]!;
      if (f > 0) groups.add(table.region[r]!, f, end[r]!);
      heap.push(end[r]!, r);
    }
    const m =
      (active[0]! > 0 ? MASK_MAJOR : 0) |
      (active[1]! > 0 ? MASK_PARTIAL : 0) |
      (active[2]! > 0 ? MASK_DEGRADED : 0) |
      (active[3]! > 0 ? MASK_MAINTENANCE : 0);
    const f = groups.value(t);
    if (m !== lastMask || f !== lastShare) {
      segments.push(t, m, f);
      lastMask = m;
      lastShare = f;
    }
  }
  const { times, mask, share } = segments.take();
  const runs = episodeRuns(times, mask, times.length, opts.weights);
  return { times, mask, share, runStart: runs.start, runEnd: runs.end };
}

/** The sweep's segments as they are written: columns that double when full, up to the most there can be. */
class SegmentBuffer {
  private times: Float64Array;
  private mask: Uint8Array;
  private share: Float64Array;
  private k = 0;

  constructor(private readonly most: number) {
    const cap = Math.min(most, 1024);
    this.times = new Float64Array(cap);
    this.mask = new Uint8Array(cap);
    this.share = new Float64Array(cap);
  }

  push(t: number, m: number, f: number): void {
    if (this.k === this.times.length) this.grow();
    this.times[this.k] = t;
    this.mask[this.k] = m;
    this.share[this.k] = f;
    this.k++;
  }

  /** The segments written, in arrays of their exact length. */
  take(): { times: Float64Array; mask: Uint8Array; share: Float64Array } {
    const k = this.k;
    return { times: this.times.slice(0, k), mask: this.mask.slice(0, k), share: this.share.slice(0, k) };
  }

  private grow(): void {
    const cap = Math.min(this.most, 2 * this.times.length);
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

/** Maximal runs of segments with w > 0; segments are contiguous, so touching outages merge into one. */
function episodeRuns(
  times: Float64Array,
  mask: Uint8Array,
  k: number,
  weights: Weights,
): { start: Float64Array; end: Float64Array } {
  const s: number[] = [];
  const e: number[] = [];
  let open = false;
  for (let j = 0; j < k; j++) {
    const down = maskWeight(mask[j]!, weights) > 0;
    if (down && !open) {
      s.push(times[j]!);
      open = true;
    } else if (!down && open) {
      e.push(times[j]!);
      open = false;
    }
  }
  return { start: Float64Array.from(s), end: Float64Array.from(e) };
}
