import { describe, expect, it } from 'vitest';
import type { PeriodFigures, ReportModel } from '@core/model/report-model';
import { budgetBurnDown, serviceFacts, servicesWithSections } from '../../../renderer/report/report-facts';

function month(service: string, key: string, f: Partial<PeriodFigures>): PeriodFigures {
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

describe('budgetBurnDown', () => {
  it('spends the whole period’s budget month by month and goes below zero when overspent', () => {
    // two 30-day months at 99.9 %: 43.2 min of budget each, 86.4 min in all
    const { totalBudget, remaining } = budgetBurnDown([
      month('api', '2024-04', { downtimeMinutes: 50 }),
      month('api', '2024-06', { downtimeMinutes: 40 }),
    ]);
    expect(totalBudget).toBeCloseTo(86.4, 9);
    expect(remaining[0]).toBeCloseTo(86.4, 9);
    expect(remaining[1]).toBeCloseTo(36.4, 9);
    expect(remaining[2]).toBeCloseTo(-3.6, 9);
  });
});

describe('serviceFacts', () => {
  it('counts months met and missed, leaves months without eligible time out, and adds up credits', () => {
    const model = {
      months: [
        month('api', '2024-01', { met: false, creditPercent: 10 }),
        month('api', '2024-02', { met: true }),
        month('api', '2024-03', { met: null, availability: null }),
        month('api', '2024-04', { met: false, creditPercent: 25 }),
        month('web', '2024-01', { met: false, creditPercent: 10 }),
      ],
      years: [],
      summary: [],
    } as unknown as ReportModel;
    const f = serviceFacts(model, 'api');
    expect([f.monthsMet, f.monthsMissed, f.monthsJudged]).toEqual([1, 2, 3]);
    expect([f.creditMonths, f.creditPercentSum]).toEqual([2, 35]);
    expect(f.summary).toBeNull();
  });
});

describe('servicesWithSections', () => {
  const base = { services: ['*', 'shop'], years: [], summary: [] };
  it('drops the platform section when it repeats the only service figure for figure', () => {
    const model = {
      ...base,
      months: [month('*', '2024-01', { downtimeMinutes: 5 }), month('shop', '2024-01', { downtimeMinutes: 5 })],
    } as unknown as ReportModel;
    expect(servicesWithSections(model)).toEqual(['shop']);
  });
  it('keeps it when the figures differ (a service’s own maintenance does not take the platform out)', () => {
    const model = {
      ...base,
      months: [
        month('*', '2024-01', { eligibleMinutes: 43_200 }),
        month('shop', '2024-01', { eligibleMinutes: 43_140 }),
      ],
    } as unknown as ReportModel;
    expect(servicesWithSections(model)).toEqual(['*', 'shop']);
  });
});
