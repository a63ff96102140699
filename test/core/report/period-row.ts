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
    creditAmount: null,
    episodes: 0,
    mttrMinutes: null,
    longestEpisodeMinutes: 0,
    mtbfMinutes: null,
    noDataMinutes: 0,
    counts: { major: 0, partial: 0, degraded: 0, maintenance: 0 },
    userMinutesLost: 0,
    userAvailability: 1,
    impact: {},
    sampleAvailability: null,
    period: key ?? 'all',
    ...f,
  };
}
