import { describe, expect, it } from 'vitest';
import type { ReportModel } from '@core/model/report-model';
import { servicesWithSections } from '../../../renderer/report/report-facts';
import { monthRow as month } from '../report/period-row';

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
