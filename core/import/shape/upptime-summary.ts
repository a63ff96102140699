import { ASSUMED } from './diagnostics';

/** The assumption an Upptime summary makes: it gives minutes down per day, not when they were. */
export const UPPTIME_SUMMARY_DAYS = `${ASSUMED}Upptime's summary.json gives minutes down per day, not when: each day's minutes are counted from its midnight`;

/**
 * An entry of Upptime's `history/summary.json` (name, slug, status, uptime, dailyMinutesDown: {day: minutes})
 * as interval records, one per day with downtime: the site, the day (midnight, in the input time zone) and
 * its minutes. Null for any other record. Monthly downtime is then exact; where in the day it fell is not
 * known, so episodes and MTTR of such a log are only as fine as a day.
 */
export function upptimeSummaryDays(value: unknown): Record<string, unknown>[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const entry = value as Record<string, unknown>;
  const days = entry.dailyMinutesDown;
  if (typeof entry.slug !== 'string' || days === null || typeof days !== 'object' || Array.isArray(days)) return null;
  const site = typeof entry.name === 'string' ? entry.name : entry.slug;
  return Object.entries(days as Record<string, unknown>).map(([day, minutes]) => ({
    site,
    start: day,
    duration_minutes: minutes,
  }));
}
