import type { PeriodFigures } from '@core/model/report-model';

/** A month row made by hand: a clean 30-day month at 99.9 % (43.2 min of budget), then the fields a test sets. */
export function monthRow(service: string, key: string, f: Partial<PeriodFigures>): PeriodFigures {
  return {
    service,
    month: key,
    periodMinutes: 43_200,
    eligibleMinutes: 43_200,
    downtimeMinutes: 0,
    availability: 1,
    target: 0.999,
    met: true,
    budgetMinutes: 43.2,
    budgetRemainingMinutes: 43.2,
    budgetConsumed: 0,
    creditPercent: 0,
    episodes: 0,
    mttrMinutes: null,
    longestEpisodeMinutes: 0,
    noDataMinutes: 0,
    userMinutesLost: 0,
    userAvailability: 1,
    impact: {},
    sampleAvailability: null,
    ...f,
  };
}
