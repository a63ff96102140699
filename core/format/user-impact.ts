import { formatCount } from './numbers';
import type { Locale } from './locale';

const MINUTES_PER_YEAR = 365.25 * 24 * 60;

/**
 * User-minutes lost as a count of user-hours for a table column whose heading names the unit: 2.4e11 -> "4.0 billion";
 * null (no user base) is a dash. User-hours are the one unit a person reads impact in (docs/methodology.md);
 * user-minutes stay in CSV and JSON.
 */
export function formatUserHoursCount(userMinutes: number | null, locale: Locale): string {
  return formatCount(userMinutes === null ? null : userMinutes / 60, locale);
}

/** What a user-minute figure reads as before a user base is set (SPEC 4: nothing is invented). */
export function noUserBase(locale: Locale): string {
  return locale === 'id' ? 'jumlah pengguna belum diatur' : 'no user base set';
}

/**
 * User-minutes lost as user-hours in words: 2.4e11 user-minutes -> "4.0 billion user-hours"; null (no user
 * base) says so.
 */
export function formatUserHours(userMinutes: number | null, locale: Locale): string {
  if (userMinutes === null) return noUserBase(locale);
  return `${formatUserHoursCount(userMinutes, locale)} ${locale === 'id' ? 'jam-pengguna' : 'user-hours'}`;
}

/**
 * The same loss as whole human lifetimes of waiting (a Julian year of 365.25 days, awake or not), which is how
 * an executive grasps a global outage: 2.4e11 user-minutes -> "456 thousand person-years".
 */
export function formatPersonYears(userMinutes: number | null, locale: Locale): string {
  if (userMinutes === null) return noUserBase(locale);
  return `${formatCount(userMinutes / MINUTES_PER_YEAR, locale)} ${locale === 'id' ? 'tahun-orang' : 'person-years'}`;
}
