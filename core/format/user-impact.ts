import { formatCount } from './numbers';
import type { Locale } from './locale';

const MINUTES_PER_YEAR = 365.25 * 24 * 60;

/**
 * User-minutes lost as a count of user-hours for a table column whose heading names the unit: 2.4e11 -> "4.0 billion".
 * User-hours are the one unit a person reads impact in (docs/methodology.md); user-minutes stay in CSV and JSON.
 */
export function formatUserHoursCount(userMinutes: number, locale: Locale): string {
  return formatCount(userMinutes / 60, locale);
}

/** User-minutes lost as user-hours in words: 2.4e11 user-minutes -> "4.0 billion user-hours". */
export function formatUserHours(userMinutes: number, locale: Locale): string {
  return `${formatUserHoursCount(userMinutes, locale)} ${locale === 'id' ? 'jam-pengguna' : 'user-hours'}`;
}

/**
 * The same loss as whole human lifetimes of waiting (a Julian year of 365.25 days, awake or not), which is how
 * an executive grasps a global outage: 2.4e11 user-minutes -> "456 thousand person-years".
 */
export function formatPersonYears(userMinutes: number, locale: Locale): string {
  return `${formatCount(userMinutes / MINUTES_PER_YEAR, locale)} ${locale === 'id' ? 'tahun-orang' : 'person-years'}`;
}
