import type { AllowedDowntime } from '../model/report-model';
import type { MonthConvention } from '../model/settings';
import { quarterStartMonth, yearStartMonth, type MonthIndex } from '../time/month-key';
import { monthStart } from '../time/zoned-months';

const MINUTES_PER_DAY = 1440;

/** Allowed downtime in minutes over a period of `periodMinutes` for target p (a fraction). */
export function allowedDowntimeMinutes(target: number, periodMinutes: number): number {
  return (1 - target) * periodMinutes;
}

/** The reverse (SPEC 6): the availability that `downtimeMinutes` over `periodMinutes` leaves; null for an empty period. */
export function availabilityForDowntime(downtimeMinutes: number, periodMinutes: number): number | null {
  return periodMinutes > 0 ? 1 - downtimeMinutes / periodMinutes : null;
}

/**
 * Lengths in days of the month, quarter and year used by the table. `calendar` measures the real month,
 * quarter and year holding `reference` in `zone` (a DST month is an hour short or long); the fixed
 * conventions are: 30d: 30 / 90 / 365; 30.44d: 365.25/12 / 365.25/4 / 365.25; 365d: 365/12 / 365/4 / 365.
 */
export function conventionDays(
  convention: MonthConvention,
  zone: string,
  reference: MonthIndex,
): { monthDays: number; quarterDays: number; yearDays: number } {
  switch (convention) {
    case '30d':
      return { monthDays: 30, quarterDays: 90, yearDays: 365 };
    case '30.44d':
      return { monthDays: 365.25 / 12, quarterDays: 365.25 / 4, yearDays: 365.25 };
    case '365d':
      return { monthDays: 365 / 12, quarterDays: 365 / 4, yearDays: 365 };
    case 'calendar': {
      const days = (from: MonthIndex, months: number) =>
        (monthStart(from + months, zone) - monthStart(from, zone)) / 86_400_000;
      return {
        monthDays: days(reference, 1),
        quarterDays: days(quarterStartMonth(reference), 3),
        yearDays: days(yearStartMonth(reference), 12),
      };
    }
  }
}

/** The allowed-downtime row of SPEC 6 for one target. */
export function allowedDowntime(
  target: number,
  convention: MonthConvention,
  zone: string,
  reference: MonthIndex,
): AllowedDowntime {
  const d = conventionDays(convention, zone, reference);
  const per = (days: number) => allowedDowntimeMinutes(target, days * MINUTES_PER_DAY);
  return {
    target,
    day: per(1),
    week: per(7),
    month: per(d.monthDays),
    quarter: per(d.quarterDays),
    year: per(d.yearDays),
    convention,
    ...d,
  };
}
