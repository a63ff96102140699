import type { Locale } from '../format';
import type { Settings } from '../model/settings';
import { businessHoursGrid, coversEverything } from '../time/business-hours';
import { TEXT_STRINGS } from './text-strings';

/** "Mon-Fri 09:00-17:00 (Europe/Berlin), 3 holidays": the calendar (docs/spec.md 5d) as every face names it. */
export function calendarText(settings: Settings, locale: Locale): string {
  const { holidays } = settings.businessHours;
  const n = holidays.length;
  const grid = `${businessHoursGrid(settings.businessHours)} (${settings.reportTimeZone})`;
  return n === 0 ? grid : `${grid}, ${TEXT_STRINGS[locale].holidays(n)}`;
}

/** The calendar's part of a report's settings line; none under 24x7, where every instant counts. */
export function businessHoursNote(settings: Settings, locale: Locale): string[] {
  if (coversEverything(settings.businessHours)) return [];
  return [TEXT_STRINGS[locale].businessHours(calendarText(settings, locale))];
}
