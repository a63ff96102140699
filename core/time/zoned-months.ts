import { TZDateMini } from '@date-fns/tz';
import { monthIndex, monthOfYear, monthYear, type MonthIndex } from './month-key';

/**
 * Calendar months of an IANA time zone as real instants. A month is [start of its 1st day, start of the
 * next month's 1st day) in local time, so its length is the real elapsed time: a month holding a DST change
 * is shorter or longer than its days times 24 h. Where local midnight does not exist (a DST jump at 00:00)
 * the month starts at the first local instant of that day.
 */

/**
 * UTC's months are read from the Date's own UTC fields: a zone's offsets come from Intl, whose first use
 * loads the ICU time-zone data, about 7 MB of resident memory at the peak of a million-record report, which
 * in UTC (the default zone) would be read for offsets that are all 0.
 */
const UTC = 'UTC';

/** First instant (ms) of a month in `zone`. */
export function monthStart(index: MonthIndex, zone: string): number {
  const year = monthYear(index);
  if (zone === UTC) {
    // setUTCFullYear takes years 0-99 as given, where Date.UTC would read them as 1900-1999
    const d = new Date(0);
    d.setUTCFullYear(year, monthOfYear(index), 1);
    return d.getTime();
  }
  if (year >= 100) return new TZDateMini(year, monthOfYear(index), 1, zone).getTime();
  // the Date constructor reads years 0-99 as 1900-1999; setFullYear takes the year as given
  const d = new TZDateMini(2000, monthOfYear(index), 1, zone);
  d.setFullYear(year, monthOfYear(index), 1);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The month of `zone` that holds instant `t` (ms). */
export function monthOfInstant(t: number, zone: string): MonthIndex {
  if (zone === UTC) {
    const u = new Date(t);
    return monthIndex(u.getUTCFullYear(), u.getUTCMonth());
  }
  const d = new TZDateMini(t, zone);
  return monthIndex(d.getFullYear(), d.getMonth());
}

/**
 * Boundaries of months from..to inclusive: n + 1 ascending instants, month k is [b[k], b[k+1]).
 */
export function monthBoundaries(from: MonthIndex, to: MonthIndex, zone: string): Float64Array {
  const n = Math.max(0, to - from + 1);
  const b = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) b[k] = monthStart(from + k, zone);
  return b;
}

/**
 * First instant (ms) of day "YYYY-MM-DD" in `zone` (a day-precise report range, SPEC 4); the day after the
 * last of a month rolls into the next month, so an inclusive end day's end is dayStart(day + 1).
 */
export function dayStart(year: number, month0: number, day: number, zone: string): number {
  if (zone === UTC) {
    const d = new Date(0);
    d.setUTCFullYear(year, month0, day);
    return d.getTime();
  }
  const d = new TZDateMini(2000, 0, 1, zone);
  d.setFullYear(year, month0, day);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
