import { describe, expect, it } from 'vitest';
import type { IncidentRow, ReportModel } from '@core/model/report-model';
import {
  FULL_REGISTER_LIMIT,
  incidentsByImpact,
  REGISTER_ROWS,
  SERVICE_TOP_INCIDENTS,
  toPrintModel,
} from '@core/pdf/print-model';
import { DEFAULT_SETTINGS } from '@core/model/settings';

function incident(index: number, userMinutes: number, start: number, service: string | null = 'api'): IncidentRow {
  return {
    index,
    start,
    end: start + 60_000,
    service,
    severity: 'major',
    region: null,
    title: null,
    id: `INC-${index}`,
    open: false,
    line: index + 2,
    durationMinutes: 1,
    affectedShare: 1,
    userMinutes,
  };
}

const modelWith = (incidents: IncidentRow[], fullRegister?: boolean) =>
  ({
    incidents,
    rolling: [],
    settings: { ...DEFAULT_SETTINGS, report: { ...DEFAULT_SETTINGS.report, fullRegister } },
  }) as unknown as ReportModel;

describe('toPrintModel', () => {
  it('keeps the register’s most impactful incidents and each service’s top ones, counting every incident', () => {
    // 300 api incidents with user-minutes 1000..1299, then 8 of checkout and 2 platform-wide with fewer than any
    const api = Array.from({ length: 300 }, (_, i) => incident(i, 1000 + i, i));
    const checkout = Array.from({ length: 8 }, (_, i) => incident(300 + i, 10 + i, 300 + i, 'checkout'));
    const platform = [incident(400, 1, 400, null), incident(401, 2, 401, null)];
    const printed = toPrintModel(modelWith([...api, ...checkout, ...platform]));
    expect(printed.incidentsTotal).toBe(310);
    expect(printed.incidentsByService).toEqual({ api: 300, checkout: 8, '*': 2 });
    // the register's REGISTER_ROWS are api's largest; checkout's 5 largest and both platform-wide ones join them
    const kept = printed.incidents.map((r) => r.index);
    expect(kept).toHaveLength(REGISTER_ROWS + SERVICE_TOP_INCIDENTS + 2);
    expect(kept.slice(0, REGISTER_ROWS)).toEqual(Array.from({ length: REGISTER_ROWS }, (_, i) => 299 - i));
    expect(kept.slice(REGISTER_ROWS)).toEqual([307, 306, 305, 304, 303, 401, 400]);
  });

  it('hands the page each rolling series’ worst day only (a year of days per service would cross otherwise)', () => {
    const day = (end: number, availability: number) => ({ end, availability, budgetRemainingMinutes: 0 });
    const series = { service: 'api', windowDays: 30, worst: { end: 2, availability: 0.9 } };
    const model = { ...modelWith([]), rolling: [{ ...series, days: [day(1, 1), day(2, 0.9), day(3, 0.95)] }] };
    expect(toPrintModel(model).rolling).toEqual([{ ...series, days: [day(2, 0.9)] }]);
  });

  it('keeps every incident when the full register is asked for', () => {
    const all = Array.from({ length: 3000 }, (_, i) => incident(i, i % 7, i));
    const printed = toPrintModel(modelWith(all, true));
    expect(printed.incidents).toHaveLength(3000);
    expect(FULL_REGISTER_LIMIT).toBeGreaterThan(3000);
    expect(new Set(printed.incidents)).toEqual(new Set(all));
  });
});

describe('incidentsByImpact', () => {
  it('orders by user impact, then by start, then by log order', () => {
    const rows = [incident(0, 10, 300), incident(1, 50, 500), incident(2, 10, 100), incident(3, 10, 100)];
    expect(incidentsByImpact(rows).map((r) => r.index)).toEqual([1, 2, 3, 0]);
  });
  it('without a user base (user-minutes null) ranks by minutes of full outage, duration × share affected', () => {
    const noUsers = (index: number, durationMinutes: number, affectedShare: number): IncidentRow => ({
      ...incident(index, 0, index),
      userMinutes: null,
      durationMinutes,
      affectedShare,
    });
    // 60 min at 30 % = 18, 20 min at 100 % = 20, 10 min at 100 % = 10
    const rows = [noUsers(0, 60, 0.3), noUsers(1, 20, 1), noUsers(2, 10, 1)];
    expect(incidentsByImpact(rows).map((r) => r.index)).toEqual([1, 0, 2]);
  });
});
