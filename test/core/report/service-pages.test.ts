import { describe, expect, it } from 'vitest';
import type { ReportModel } from '@core/model/report-model';
import { SERVICE_PAGE_LIMIT, servicePages } from '@core/report/service-pages';
import { monthRow } from './period-row';

/** A model of `n` named services whose whole-range rows are made by `row(k)`; servicePages reads only the summary. */
function modelOf(n: number, row: (k: number) => { downtimeMinutes: number; met: boolean }): ReportModel {
  const names = Array.from({ length: n }, (_, k) => `svc${String(k).padStart(3, '0')}`);
  return {
    services: ['*', ...names],
    summary: names.map((name, k) => ({ ...monthRow(name, '2024-01', row(k)), month: null })),
  } as unknown as ReportModel;
}

describe('servicePages', () => {
  it('gives every service a page while they fit', () => {
    const model = modelOf(SERVICE_PAGE_LIMIT, () => ({ downtimeMinutes: 0, met: true }));
    expect(servicePages(model, model.services)).toEqual({ paged: model.services, compact: [] });
  });

  it('gives the pages of a long report to the platform, the missed services, then the most downtime', () => {
    // 250 services: svc000..svc004 missed with 1 minute each; the others met, svc k with k minutes of downtime.
    // Missed first (5), then the 15 with the most downtime: svc249 down to svc235.
    const model = modelOf(250, (k) => (k < 5 ? { downtimeMinutes: 1, met: false } : { downtimeMinutes: k, met: true }));
    const { paged, compact } = servicePages(model, model.services);
    const expected = ['svc000', 'svc001', 'svc002', 'svc003', 'svc004'];
    for (let k = 235; k < 250; k++) expected.push(`svc${k}`);
    expect(paged).toEqual(['*', ...expected]);
    // the rest, worst first, none lost and none twice
    expect(compact).toHaveLength(250 - SERVICE_PAGE_LIMIT);
    expect(compact.slice(0, 2)).toEqual(['svc234', 'svc233']);
    expect(new Set([...paged, ...compact]).size).toBe(251);
  });
});
