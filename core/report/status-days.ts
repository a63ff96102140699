/**
 * Status bars (issue 18 item 6): each of a service's last 90 days of the report range, coloured by the worst
 * thing seen that day, as status pages draw them. Read from the service's sweep, so a day costs two running-sum
 * lookups and a scan of that day's segments.
 */
import type { Settings } from '../model/settings';
import type { StatusDay, StatusDayWorst, StatusDays } from '../model/report-model';
import { MASK_DEGRADED, MASK_MAINTENANCE, MASK_MAJOR, MASK_PARTIAL } from '../compute/sweep';
import { upperBound, type PeriodMinutes, type SweepIndex } from '../compute/period-minutes';
import { spanMinutes } from '../compute/rolling-windows';
import type { Observed } from '../compute/observed-spans';
import { periodFigures } from '../compute/period-figures';
import type { ZonedDays } from '../time/zoned-days';

export const STATUS_DAY_COUNT = 90;

/** A day's minutes and the severities active in it (sweep MASK_* bits), before settings pick the downtime. */
export interface DayMinutes {
  minutes: PeriodMinutes;
  mask: number;
}

/** OR of the masks of the sweep's segments that overlap [a, b). */
function masksIn(index: SweepIndex, a: number, b: number): number {
  const { times, mask } = index.sweep;
  let m = 0;
  for (let j = Math.max(0, upperBound(times, a) - 1); j < times.length && times[j]! < b; j++) m |= mask[j]!;
  return m;
}

export function dayMinutes(index: SweepIndex, observed: Observed, days: ZonedDays): DayMinutes[] {
  const b = days.bounds;
  const out: DayMinutes[] = [];
  for (let k = 0; k + 1 < b.length; k++) {
    // time before the service start is no data, and its records there are not read (as for months)
    const a = Math.max(b[k]!, observed.from);
    const end = b[k + 1]!;
    out.push({ minutes: spanMinutes(index, observed, b[k]!, end), mask: a < end ? masksIn(index, a, end) : 0 });
  }
  return out;
}

/**
 * Worst first, as status pages rank a day: an outage of any size outranks maintenance, which outranks time
 * nobody observed, which outranks a clean day. A severity weighing 0 (degraded, by default) still colours
 * its day: the bar shows what happened, the figures what it cost.
 */
function worstOf(mask: number, noDataMs: number): StatusDayWorst {
  if (mask & MASK_MAJOR) return 'major';
  if (mask & MASK_PARTIAL) return 'partial';
  if (mask & MASK_DEGRADED) return 'degraded';
  if (mask & MASK_MAINTENANCE) return 'maintenance';
  return noDataMs > 0 ? 'noData' : 'up';
}

export function statusDays(
  service: string,
  days: ZonedDays,
  minutes: readonly DayMinutes[],
  settings: Settings,
): StatusDays {
  return {
    service,
    days: minutes.map(({ minutes: m, mask }, k): StatusDay => {
      const date = days.dates[k]!;
      // a day is no month of a fee: only its minutes and availability are read
      const f = periodFigures(service, null, m, settings, date, 0);
      return {
        date,
        worst: worstOf(mask, m.noDataMs),
        downtimeMinutes: f.downtimeMinutes,
        noDataMinutes: f.noDataMinutes,
        availability: f.availability,
      };
    }),
  };
}
