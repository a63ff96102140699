/**
 * A service's figures under a business-hours calendar (docs/spec.md 5d): time outside the covered spans is
 * left out of every integral, as maintenance is left out of eligible time. The spans are computed once per
 * zone, calendar and range (core/time/business-hours.ts); a period then costs two running-sum lookups per
 * covered span it holds, whatever the number of records.
 */
import type { DowntimeSteps } from './burn-rate';
import type { Observed } from './observed-spans';
import { emptyPeriodMinutes, lowerBound, upperBound, type PeriodMinutes, type SweepIndex } from './period-minutes';
import { spanMinutes } from './rolling-windows';

/** Index of the first covered pair (flat [start, end, ...]) that ends after x. */
function firstPairAfter(covered: Float64Array, x: number): number {
  let lo = 0;
  let hi = covered.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (covered[2 * mid + 1]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Covered length of [a, b), ms. */
export function coveredLength(covered: Float64Array, a: number, b: number): number {
  let total = 0;
  for (let k = firstPairAfter(covered, a); 2 * k < covered.length && covered[2 * k]! < b; k++) {
    total += Math.min(covered[2 * k + 1]!, b) - Math.max(covered[2 * k]!, a);
  }
  return total;
}

/**
 * The additive figures of [a, b) counted inside covered time only; periodMs stays b − a and coveredMs is the
 * covered part. `covered` null: no calendar, SPEC 5's figures unchanged.
 */
export function coveredPeriodMinutes(
  sweep: SweepIndex,
  observed: Observed,
  covered: Float64Array | null,
  a: number,
  b: number,
): PeriodMinutes {
  if (covered === null) return spanMinutes(sweep, observed, a, b);
  const total = emptyPeriodMinutes(b - a);
  total.coveredMs = 0;
  for (let k = firstPairAfter(covered, a); 2 * k < covered.length && covered[2 * k]! < b; k++) {
    const x = Math.max(covered[2 * k]!, a);
    const y = Math.min(covered[2 * k + 1]!, b);
    const m = spanMinutes(sweep, observed, x, y);
    total.coveredMs += y - x;
    total.noDataMs += m.noDataMs;
    total.maintenanceMs += m.maintenanceMs;
    total.downtimeExcludedMs += m.downtimeExcludedMs;
    total.downtimeCountedMs += m.downtimeCountedMs;
    total.shareMs += m.shareMs;
  }
  const from = Math.max(a, observed.from);
  Object.assign(total, from < b ? coveredEpisodes(sweep, covered, from, b) : {});
  return total;
}

/**
 * Episodes of [a, b) under a calendar: an episode (a maximal interval where w > 0, in real time) counts once
 * when any of it lies in covered time, and its length is that covered part; one wholly outside covered time
 * does not count. An outage from Tuesday 16:00 to Wednesday 10:00 under 09:00-17:00 is one episode of 2 h.
 */
export function coveredEpisodes(
  index: SweepIndex,
  covered: Float64Array,
  a: number,
  b: number,
): Pick<PeriodMinutes, 'episodes' | 'episodeMs' | 'longestEpisodeMs'> {
  const { runStart, runEnd } = index.sweep;
  const pairs = covered.length / 2;
  let k = firstPairAfter(covered, a);
  let episodes = 0;
  let episodeMs = 0;
  let longestEpisodeMs = 0;
  for (let i = upperBound(runEnd, a), end = lowerBound(runStart, b); i < end; i++) {
    const s = Math.max(runStart[i]!, a);
    const e = Math.min(runEnd[i]!, b);
    while (k < pairs && covered[2 * k + 1]! <= s) k++;
    let len = 0;
    for (let j = k; j < pairs && covered[2 * j]! < e; j++) {
      len += Math.max(0, Math.min(e, covered[2 * j + 1]!) - Math.max(s, covered[2 * j]!));
    }
    if (len > 0) {
      episodes++;
      episodeMs += len;
      if (len > longestEpisodeMs) longestEpisodeMs = len;
    }
  }
  return { episodes, episodeMs, longestEpisodeMs };
}

/**
 * Downtime steps (burn-rate replay, docs/spec.md 5b) with time outside the covered spans set to 0: an outage
 * at night burns no budget under business hours, as maintenance burns none when it is excluded.
 */
export function coveredSteps(steps: DowntimeSteps, covered: Float64Array): DowntimeSteps {
  const corners = Float64Array.from(new Set([...steps.times, ...covered])).sort();
  const t: number[] = [];
  const ex: number[] = [];
  const co: number[] = [];
  let j = -1;
  let k = 0;
  for (const x of corners) {
    while (j + 1 < steps.times.length && steps.times[j + 1]! <= x) j++;
    while (k < covered.length && covered[k]! <= x) k++;
    // an odd count of corners at or before x: x lies inside a covered pair
    const inside = k % 2 === 1;
    const e = inside && j >= 0 ? steps.excluded[j]! : 0;
    const c = inside && j >= 0 ? steps.counted[j]! : 0;
    const n = ex.length;
    if (n > 0 ? ex[n - 1] === e && co[n - 1] === c : e === 0 && c === 0) continue;
    t.push(x);
    ex.push(e);
    co.push(c);
  }
  return { times: Float64Array.from(t), excluded: Float64Array.from(ex), counted: Float64Array.from(co) };
}
