import { MASK_MAINTENANCE, maskWeight, type ServiceSweep } from './sweep';
import type { Weights } from './affected-share';

/**
 * The additive figures of one service over one period, in ms (exact for whole-ms records at weight 1).
 * Both downtime variants are kept so switching "count maintenance" needs no new sweep.
 */
export interface PeriodMinutes {
  periodMs: number;
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
}

export function emptyPeriodMinutes(periodMs: number): PeriodMinutes {
  return {
    periodMs,
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
  };
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

/**
 * The integrals of each month [b[k], b[k+1]) in one pass over the segments (both sorted by time), so a time
 * zone change costs one linear pass per service, not a new sweep. Episodes and samples are left at zero.
 */
export function monthIntegrals(sweep: ServiceSweep, b: Float64Array, weights: Weights): PeriodMinutes[] {
  const months = b.length - 1;
  const out: PeriodMinutes[] = [];
  for (let k = 0; k < months; k++) out.push(emptyPeriodMinutes(b[k + 1]! - b[k]!));
  if (months <= 0) return out;
  const { times, mask, share } = sweep;
  const first = b[0]!;
  const last = b[months]!;
  let p = 0;
  // the segment holding the range start: every earlier one ends before the range
  for (let j = Math.max(0, upperBound(times, first) - 1); j + 1 < times.length; j++) {
    const s = Math.max(times[j]!, first);
    if (s >= last) break;
    const e = Math.min(times[j + 1]!, last);
    const m = mask[j]!;
    const f = share[j]!;
    if (s >= e || (m === 0 && f === 0)) continue;
    const maint = (m & MASK_MAINTENANCE) !== 0;
    const w = maskWeight(m, weights);
    const counted = maint ? 1 : w;
    while (b[p + 1]! <= s) p++;
    for (let x = s, q = p; x < e; q++) {
      const y = Math.min(e, b[q + 1]!);
      const d = y - x;
      const acc = out[q]!;
      if (maint) acc.maintenanceMs += d;
      else acc.downtimeExcludedMs += w * d;
      acc.downtimeCountedMs += counted * d;
      acc.shareMs += f * d;
      x = y;
    }
  }
  return out;
}

/** Episodes of SPEC 5 clipped to [a, b): an episode crossing a or b counts with its part inside. */
export function episodeStats(
  sweep: ServiceSweep,
  a: number,
  b: number,
): Pick<PeriodMinutes, 'episodes' | 'episodeMs' | 'longestEpisodeMs'> {
  const { runStart, runEnd } = sweep;
  let episodes = 0;
  let episodeMs = 0;
  let longestEpisodeMs = 0;
  for (let j = upperBound(runEnd, a); j < runStart.length && runStart[j]! < b; j++) {
    const len = Math.min(runEnd[j]!, b) - Math.max(runStart[j]!, a);
    episodes++;
    episodeMs += len;
    if (len > longestEpisodeMs) longestEpisodeMs = len;
  }
  return { episodes, episodeMs, longestEpisodeMs };
}

/** The sum of months' additive figures (SPEC 5: longer periods sum their months). Episodes are not summed. */
export function sumMonths(months: readonly PeriodMinutes[]): PeriodMinutes {
  const total = emptyPeriodMinutes(0);
  for (const m of months) {
    total.periodMs += m.periodMs;
    total.maintenanceMs += m.maintenanceMs;
    total.downtimeExcludedMs += m.downtimeExcludedMs;
    total.downtimeCountedMs += m.downtimeCountedMs;
    total.shareMs += m.shareMs;
    total.samplesUp += m.samplesUp;
    total.samplesAll += m.samplesAll;
    total.samplesMaintenance += m.samplesMaintenance;
  }
  return total;
}
