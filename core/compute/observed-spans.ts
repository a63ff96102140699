import { unionOfSpans } from '../time/spans';
import type { ObservedTime } from '../model/records';
import { daysFromCivil, MS_PER_DAY } from '../time/civil-time';
import { ZoneClock } from '../time/zone-clock';
import { upperBound } from './period-minutes';
import { PLATFORM } from './service-rows';

/**
 * The time a service is observed (SPEC 5 NoData is the rest): the spans of its status streams (a service is
 * observed when any of its streams is; `*` when any stream of the log is), from its service start on.
 * Length inside any [a, b) in a binary search.
 */
export interface Observed {
  /** null: observed throughout (an interval log) */
  starts: Float64Array | null;
  ends: Float64Array;
  /** [k]: total length of spans 0..k-1 */
  before: Float64Array;
  /** no data before this instant (the service start; -Infinity: none) */
  from: number;
}

/** The observed time of `service` (PLATFORM: `*`), from `from` on (its service start, or -Infinity). */
export function observedOf(observed: ObservedTime | null, service: string, from: number): Observed {
  if (observed === null) return { starts: null, ends: new Float64Array(0), before: new Float64Array(1), from };
  const lists = observed.services
    .filter((s) => service === PLATFORM || s.service === null || s.service === service)
    .map((s) => s.spans);
  const spans = unionOfSpans(lists);
  const n = spans.length / 2;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const before = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    starts[k] = spans[2 * k]!;
    ends[k] = spans[2 * k + 1]!;
    before[k + 1] = before[k]! + ends[k]! - starts[k]!;
  }
  return { starts, ends, before, from };
}

/** Observed length of [a, b), ms. */
export function observedMs(o: Observed, a: number, b: number): number {
  const lo = Math.max(a, o.from);
  if (lo >= b) return 0;
  if (o.starts === null) return b - lo;
  return coveredTo(o, b) - coveredTo(o, lo);
}

/** Observed length of (-Infinity, x). */
function coveredTo(o: Observed, x: number): number {
  const j = upperBound(o.starts!, x);
  if (j === 0) return 0;
  return o.before[j - 1]! + Math.min(x, o.ends[j - 1]!) - o.starts![j - 1]!;
}

/** The instant a service starts (SPEC 4 `--service-start`, 00:00 of the day in the report zone); -Infinity: none. */
export function serviceStartInstant(starts: Record<string, string>, service: string, zone: string): number {
  if (service === PLATFORM || !Object.hasOwn(starts, service)) return -Infinity;
  const [y, m, d] = starts[service]!.split('-').map(Number) as [number, number, number];
  return new ZoneClock(zone).wallToUtc(daysFromCivil(y, m, d) * MS_PER_DAY);
}
