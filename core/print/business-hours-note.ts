import type { Settings } from '../model/settings';
import { businessHoursGrid, coversEverything } from '../time/business-hours';
import type { TextStrings } from './text-strings';

/** The calendar's part of a report's settings line (docs/spec.md 5d); none under 24x7, where every instant counts. */
export function businessHoursNote(settings: Settings, s: TextStrings): string[] {
  const hours = settings.businessHours;
  if (coversEverything(hours)) return [];
  return [s.businessHours(businessHoursGrid(hours), settings.reportTimeZone, hours.holidays.length)];
}
