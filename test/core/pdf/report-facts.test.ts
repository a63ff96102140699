import { describe, expect, it } from 'vitest';
import type { PeriodFigures, ReportModel } from '@core/model/report-model';
import { servicesWithSections } from '../../../renderer/report/report-facts';

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
    episodes: 0,
    mttrMinutes: null,
    longestEpisodeMinutes: 0,
    userMinutesLost: 0,
    userAvailability: 1,
    impact: {},
    sampleAvailability: null,
    ...f,
  };
}

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
