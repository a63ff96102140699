import type { AllowedDowntime } from '../model/report-model';
import { targetFor } from '../model/settings-lookup';
import type { Settings } from '../model/settings';
import { allowedDowntime } from '../compute/nines';
import type { MonthIndex } from '../time/month-key';

/**
 * The report's allowed-downtime rows (SPEC 6): one per distinct target of the services shown, lowest first,
 * measured in the calendar of `reference` (the range's last month).
 */
export function ninesTable(shown: readonly string[], settings: Settings, reference: MonthIndex): AllowedDowntime[] {
  const targets = [...new Set(shown.map((s) => targetFor(settings, s)))].sort((a, b) => a - b);
  return targets.map((t) => allowedDowntime(t, settings.monthConvention, settings.reportTimeZone, reference));
}
