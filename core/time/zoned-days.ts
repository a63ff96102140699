import { TZDateMini } from '@date-fns/tz';
import { dayStart } from './zoned-months';

/** Calendar days of a zone, as the status bars count them (a DST day is 23 or 25 hours long). */
export interface ZonedDays {
  /** "YYYY-MM-DD" of each day */
  dates: string[];
  /** n + 1 ascending instants: day k is [bounds[k], bounds[k+1]) */
  bounds: Float64Array;
}

/**
 * The last `count` whole days of `zone` that end by `end` (the day holding end − 1 ms is the last) and start
 * at or after `from`; fewer when [from, end) is shorter.
 */
export function lastDays(from: number, end: number, zone: string, count: number): ZonedDays {
  const last = new TZDateMini(end - 1, zone);
  const [y, m, d] = [last.getFullYear(), last.getMonth(), last.getDate()];
  const startOf = (back: number) => dayStart(y, m, d - back, zone);
  let n = 0;
  while (n < count && end > from && startOf(n) >= from) n++;
  const bounds = new Float64Array(n + 1);
  const dates: string[] = [];
  for (let k = 0; k < n; k++) {
    bounds[k] = startOf(n - 1 - k);
    dates.push(new Date(Date.UTC(y, m, d - (n - 1 - k))).toISOString().slice(0, 10));
  }
  if (n > 0) bounds[n] = startOf(-1);
  return { dates, bounds };
}
