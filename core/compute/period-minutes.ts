import { MASK_MAINTENANCE, maskWeight, type ServiceSweep } from './sweep';
import type { Weights } from './affected-share';

/**
 * The additive figures of one service over one period, in ms (exact for whole-ms records at weight 1).
 * Both downtime variants are kept so switching "count maintenance" needs no new sweep.
 */
export interface PeriodMinutes {
  periodMs: number;
  /** |period ∩ covered time| (docs/spec.md 5d): periodMs without a business-hours calendar */
  coveredMs: number;
  /** |NoData ∩ period| (SPEC 5): time the service was not observed */
  noDataMs: number;
  /** |Maint ∩ period| */
  maintenanceMs: number;
  /** ∫ over period \ Maint of w */
  downtimeExcludedMs: number;
  /** ∫ over period of max(w, 1 in Maint) */
  downtimeCountedMs: number;
  /** ∫ over period of F */
  shareMs: number;
  episodes: number;
  episodeMs: number;
  longestEpisodeMs: number;
  samplesUp: number;
  samplesAll: number;
  samplesMaintenance: number;
  /** records starting in the period per severity, SEVERITIES order */
  counts: [number, number, number, number];
  /** the record basis of MTTR: outage records with a part inside, and those parts' total */
  recordCount: number;
  recordMs: number;
}

export function emptyPeriodMinutes(periodMs: number): PeriodMinutes {
  return {
    periodMs,
    coveredMs: periodMs,
    noDataMs: 0,
    maintenanceMs: 0,
    downtimeExcludedMs: 0,
    downtimeCountedMs: 0,
    shareMs: 0,
    episodes: 0,
    episodeMs: 0,
    longestEpisodeMs: 0,
    samplesUp: 0,
    samplesAll: 0,
    samplesMaintenance: 0,
    counts: [0, 0, 0, 0],
    recordCount: 0,
    recordMs: 0,
  };
}

/** Index of the first element of sorted `a` not less than x. */
export function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of sorted `a` greater than x. */
export function upperBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Segments (and episodes) per block of the running sums: a query scans at most this many. */
const BLOCK_BITS = 6;
const BLOCK = 1 << BLOCK_BITS;

/**
 * A sweep with running sums every BLOCK segments, so the integrals up to any instant cost a binary search and
 * a scan of at most BLOCK segments. A time zone change then costs a few lookups per month and service,
 * whatever the number of records, and the index adds about one byte per segment.
 */
export interface SweepIndex {
  sweep: ServiceSweep;
  /** w of each segment mask under the weights swept with */
  weightOf: Float64Array;
  /** per block, 4 running sums at its first segment: maintenance, downtime excluded, downtime counted, share */
  sums: Float64Array;
  /** per block of episodes: total length of the episodes before it, and its longest episode */
  episodeLength: Float64Array;
  episodeLongest: Float64Array;
}

export function indexSweep(sweep: ServiceSweep, weights: Weights): SweepIndex {
  const { times, runStart, runEnd } = sweep;
  const k = times.length;
  const sums = new Float64Array(4 * ((k >> BLOCK_BITS) + 1));
  const acc = new Float64Array(4);
  const weightOf = maskWeights(weights);
  for (let b = 0; b << BLOCK_BITS < k; b++) {
    sums.set(acc, 4 * b);
    // the block's segments, the last one (all-zero, without an end) excepted
    addSegments(sweep, weightOf, b << BLOCK_BITS, Math.min((b + 1) << BLOCK_BITS, k - 1), acc);
  }
  const runs = runStart.length;
  const blocks = (runs >> BLOCK_BITS) + 1;
  const episodeLength = new Float64Array(blocks);
  const episodeLongest = new Float64Array(blocks);
  let total = 0;
  // j runs to `runs` inclusive: episodeLengthBefore(runs) reads the block that starts there, which exists
  // (and holds every episode's length) when the number of episodes is a multiple of BLOCK. Stopping at
  // runs - 1 left it 0, so a period ending at the last episode had a negative total (GitHub's Webhooks, 192
  // episodes: MTTR -4,703.8 min in its last month, 0 over the range)
  for (let j = 0; j <= runs; j++) {
    const b = j >> BLOCK_BITS;
    if ((j & (BLOCK - 1)) === 0) episodeLength[b] = total;
    if (j === runs) break;
    const len = runEnd[j]! - runStart[j]!;
    total += len;
    if (len > episodeLongest[b]!) episodeLongest[b] = len;
  }
  return { sweep, weightOf, sums, episodeLength, episodeLongest };
}

/**
 * Mask weights by the two weights they depend on, made once: an index per service built them 200,000 times
 * (a typed array each). Keyed by value, so a settings object changed in place cannot read stale weights.
 */
const maskWeightsOf = new Map<string, Float64Array>();

/** w of each segment mask (sweep.ts MASK_*) under `weights`; shared, so never written to. */
function maskWeights(weights: Weights): Float64Array {
  const key = `${weights.partial} ${weights.degraded}`;
  let out = maskWeightsOf.get(key);
  if (!out) {
    // a few pairs in practice; the bound only keeps an app session that tries many from growing it
    if (maskWeightsOf.size >= 64) maskWeightsOf.clear();
    out = new Float64Array(MASK_MAINTENANCE * 2);
    for (let m = 0; m < out.length; m++) out[m] = maskWeight(m, weights);
    maskWeightsOf.set(key, out);
  }
  return out;
}

/**
 * Adds the integrals of segments [from, to) to acc, each over its whole length, and of segment `to` up to
 * instant x when x is given. The one place both the index and the queries add up: both ends of a period are
 * then running sums in the same order of additions, so a stretch without outages gives exactly 0.
 */
function addSegments(
  sweep: ServiceSweep,
  weightOf: Float64Array,
  from: number,
  to: number,
  acc: Float64Array,
  x?: number,
): void {
  const { times, mask, share } = sweep;
  let maintenance = acc[0]!;
  let excluded = acc[1]!;
  let counted = acc[2]!;
  let shared = acc[3]!;
  const last = x === undefined ? to : to + 1;
  for (let j = from; j < last; j++) {
    const m = mask[j]!;
    const f = share[j]!;
    if (m === 0 && f === 0) continue;
    const d = j < to ? times[j + 1]! - times[j]! : x! - times[j]!;
    if (m & MASK_MAINTENANCE) {
      maintenance += d;
      counted += d;
    } else {
      const w = weightOf[m]!;
      excluded += w * d;
      counted += w * d;
    }
    shared += f * d;
  }
  acc[0] = maintenance;
  acc[1] = excluded;
  acc[2] = counted;
  acc[3] = shared;
}

/** The four running integrals from the first segment up to instant x, into out. */
function integralsTo(index: SweepIndex, x: number, acc: Float64Array): void {
  const { sweep, sums } = index;
  const j = upperBound(sweep.times, x) - 1;
  acc.fill(0);
  if (j < 0) return;
  const block = j >> BLOCK_BITS;
  for (let i = 0; i < 4; i++) acc[i] = sums[4 * block + i]!;
  addSegments(sweep, index.weightOf, block << BLOCK_BITS, j, acc, x);
}

/**
 * The additive figures of [a, b) (episodes included, samples left at zero). Both ends are running sums in
 * the same order of additions, so a stretch without outages gives exactly 0.
 */
export function periodIntegrals(index: SweepIndex, a: number, b: number): PeriodMinutes {
  const lo = new Float64Array(4);
  const hi = new Float64Array(4);
  integralsTo(index, a, lo);
  integralsTo(index, b, hi);
  return {
    ...emptyPeriodMinutes(b - a),
    maintenanceMs: hi[0]! - lo[0]!,
    downtimeExcludedMs: hi[1]! - lo[1]!,
    downtimeCountedMs: hi[2]! - lo[2]!,
    shareMs: hi[3]! - lo[3]!,
    ...episodeStats(index, a, b),
  };
}

/** Total length of episodes 0..i-1. */
function episodeLengthBefore(index: SweepIndex, i: number): number {
  const { runStart, runEnd } = index.sweep;
  const block = i >> BLOCK_BITS;
  let total = index.episodeLength[block]!;
  for (let j = block << BLOCK_BITS; j < i; j++) total += runEnd[j]! - runStart[j]!;
  return total;
}

/** Longest episode among i..j-1 (whole lengths). */
function longestEpisode(index: SweepIndex, i: number, j: number): number {
  const { runStart, runEnd } = index.sweep;
  let longest = 0;
  while (i < j) {
    if ((i & (BLOCK - 1)) === 0 && i + BLOCK <= j) {
      longest = Math.max(longest, index.episodeLongest[i >> BLOCK_BITS]!);
      i += BLOCK;
    } else {
      longest = Math.max(longest, runEnd[i]! - runStart[i]!);
      i++;
    }
  }
  return longest;
}

/** Episodes of SPEC 5 clipped to [a, b): an episode crossing a or b counts with its part inside. */
export function episodeStats(
  index: SweepIndex,
  a: number,
  b: number,
): Pick<PeriodMinutes, 'episodes' | 'episodeMs' | 'longestEpisodeMs'> {
  const { runStart, runEnd } = index.sweep;
  const first = upperBound(runEnd, a);
  const end = lowerBound(runStart, b);
  if (end <= first) return { episodes: 0, episodeMs: 0, longestEpisodeMs: 0 };
  const last = end - 1;
  const cutFirst = Math.max(0, a - runStart[first]!);
  const cutLast = Math.max(0, runEnd[last]! - b);
  const episodeMs = episodeLengthBefore(index, end) - episodeLengthBefore(index, first) - cutFirst - cutLast;
  const firstLen = Math.min(runEnd[first]!, b) - Math.max(runStart[first]!, a);
  const lastLen = Math.min(runEnd[last]!, b) - Math.max(runStart[last]!, a);
  const longestEpisodeMs = Math.max(firstLen, lastLen, longestEpisode(index, first + 1, last));
  return { episodes: end - first, episodeMs, longestEpisodeMs };
}

/**
 * The sum of months' additive figures (SPEC 5: longer periods sum their months). Episodes and records of the
 * record basis are not summed: one crossing a month boundary counts once in the longer period.
 */
export function sumMonths(months: readonly PeriodMinutes[]): PeriodMinutes {
  const total = emptyPeriodMinutes(0);
  for (const m of months) {
    total.periodMs += m.periodMs;
    total.coveredMs += m.coveredMs;
    total.noDataMs += m.noDataMs;
    total.maintenanceMs += m.maintenanceMs;
    total.downtimeExcludedMs += m.downtimeExcludedMs;
    total.downtimeCountedMs += m.downtimeCountedMs;
    total.shareMs += m.shareMs;
    total.samplesUp += m.samplesUp;
    total.samplesAll += m.samplesAll;
    total.samplesMaintenance += m.samplesMaintenance;
    for (let i = 0; i < 4; i++) total.counts[i]! += m.counts[i]!;
  }
  return total;
}
