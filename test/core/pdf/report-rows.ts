import {
  formatAvailability,
  formatDuration,
  formatMonthKey,
  formatTarget,
  formatUserHoursCount,
  type Locale,
} from '@core/format';

/** The fields of a month row the printed table shows: a ReportModel row or a row of the CLI's JSON. */
export interface MonthFigures {
  month: string | null;
  eligibleMinutes: number;
  downtimeMinutes: number;
  availability: number | null;
  target: number;
  met: boolean | null;
  budgetRemainingMinutes: number;
  creditPercent: number;
  userMinutesLost: number | null;
  sampleAvailability: number | null;
}

/** A monthly-table row as the report prints it, each figure through the formatters the screen uses. */
export function monthRow(m: MonthFigures, locale: Locale, withSamples = false): string {
  const met = { en: ['Met', 'Missed'], id: ['Tercapai', 'Tidak tercapai'] }[locale];
  return [
    formatMonthKey(m.month!, locale),
    formatDuration(m.eligibleMinutes, locale),
    formatDuration(m.downtimeMinutes, locale),
    formatAvailability(m.availability, locale),
    formatTarget(m.target, locale),
    m.met === null ? '—' : m.met ? met[0] : met[1],
    formatDuration(m.budgetRemainingMinutes, locale),
    formatTarget(m.creditPercent / 100, locale),
    // the table's last column is user-hours since issue 16 finding 6
    formatUserHoursCount(m.userMinutesLost, locale),
    ...(withSamples ? [formatAvailability(m.sampleAvailability, locale)] : []),
  ].join(' ');
}
