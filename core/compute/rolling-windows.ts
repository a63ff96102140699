import type { RollingDay, RollingSeries } from '../model/report-model';
import type { Settings } from '../model/settings';
import { MS_PER_DAY } from '../time/civil-time';
import { ZoneClock } from '../time/zone-clock';
import { observedMs, type Observed } from './observed-spans';
import { periodFigures } from './period-figures';
import { emptyPeriodMinutes, periodIntegrals, type PeriodMinutes, type SweepIndex } from './period-minutes';

/**
 * Day boundaries of the report zone from `before` days ahead of the day starting at instant `from` to instant
 * `to` (both local midnights: the range's ends): n + 1 instants, day k is [b[k], b[k+1]). Real elapsed time,
 * so a DST day is 23 or 25 hours.
 */
export function dayBoundaries(from: number, to: number, zone: string, before: number): Float64Array {
  const clock = new ZoneClock(zone);
  const dayOf = (t: number): number => Math.round((t + clock.offsetAt(t)) / MS_PER_DAY);
  const first = dayOf(from) - before;
  const end = dayOf(to);
  return Float64Array.from({ length: end - first + 1 }, (_, k) => clock.wallToUtc((first + k) * MS_PER_DAY));
}

/**
 * The additive figures of [a, b) for a service: its sweep's integrals from its service start on, and the time
 * it was not observed (SPEC 5). Samples are left at zero.
 */
export function spanMinutes(sweep: SweepIndex, observed: Observed, a: number, b: number): PeriodMinutes {
  const from = Math.max(a, observed.from);
  const m = from < b ? periodIntegrals(sweep, from, b) : emptyPeriodMinutes(0);
  m.periodMs = b - a;
  m.coveredMs = b - a;
  m.noDataMs = m.periodMs - observedMs(observed, a, b);
  return m;
}

/** The fields a window sums: those of periodFigures' availability and budget. */
const FIELDS = [
  'periodMs',
  'coveredMs',
  'noDataMs',
  'maintenanceMs',
  'downtimeExcludedMs',
  'downtimeCountedMs',
  'shareMs',
] as const;

/**
 * Running sums of the days' figures: a window of any length is then one subtraction per field, whatever N,
 * and no window reads the sweep again.
 */
export function dayPrefix(days: readonly PeriodMinutes[]): Float64Array {
  const w = FIELDS.length;
  const out = new Float64Array((days.length + 1) * w);
  days.forEach((d, i) => {
    for (let f = 0; f < w; f++) out[(i + 1) * w + f] = out[i * w + f]! + d[FIELDS[f]!];
  });
  return out;
}

/** Days [i, j) of a dayPrefix as one period's additive figures (episodes left at zero). */
function windowMinutes(prefix: Float64Array, i: number, j: number): PeriodMinutes {
  const m = emptyPeriodMinutes(0);
  const w = FIELDS.length;
  FIELDS.forEach((field, f) => (m[field] = prefix[j * w + f]! - prefix[i * w + f]!));
  return m;
}

/**
 * The trailing `windowDays` window at the end of each day of the range (docs/spec.md 5a). `prefix` holds the
 * days from `lead` days before the range on (lead >= windowDays - 1), `ends` each of those days' end.
 */
export function rollingSeries(
  service: string,
  windowDays: number,
  prefix: Float64Array,
  ends: Float64Array,
  lead: number,
  settings: Settings,
): RollingSeries {
  const days: RollingDay[] = [];
  let worst: RollingSeries['worst'] = null;
  for (let i = lead; i < ends.length; i++) {
    const row = periodFigures(
      service,
      null,
      windowMinutes(prefix, i + 1 - windowDays, i + 1),
      settings,
      `${windowDays}d`,
      0,
    );
    const day = { end: ends[i]!, availability: row.availability, budgetRemainingMinutes: row.budgetRemainingMinutes };
    days.push(day);
    if (day.availability !== null && (worst === null || day.availability < worst.availability)) {
      worst = { end: day.end, availability: day.availability };
    }
  }
  return { service, windowDays, worst, days };
}
