import { describe, expect, it } from 'vitest';
import type { IncidentRow, ReportModel } from '@core/model/report-model';
import { incidentsByImpact, PRINT_INCIDENT_LIMIT, toPrintModel } from '@core/pdf/print-model';

function incident(index: number, userMinutes: number, start: number): IncidentRow {
  return {
    index,
    start,
    end: start + 60_000,
    service: 'api',
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

const modelWith = (incidents: IncidentRow[]) => ({ incidents }) as unknown as ReportModel;

describe('toPrintModel', () => {
  it('hands a report with few incidents over unchanged', () => {
    const model = modelWith([incident(0, 5, 0), incident(1, 9, 1)]);
    expect(toPrintModel(model)).toBe(model);
  });

  it('keeps only the most impactful incidents of a huge log, and remembers how many there were', () => {
    const n = PRINT_INCIDENT_LIMIT + 500;
    // user-minutes i % 1000: the kept rows are those with the largest remainders
    const all = Array.from({ length: n }, (_, i) => incident(i, i % 1000, i));
    const printed = toPrintModel(modelWith(all));
    expect(printed.incidents).toHaveLength(PRINT_INCIDENT_LIMIT);
    expect(printed.incidentsTotal).toBe(n);
    const smallestKept = Math.min(...printed.incidents.map((r) => r.userMinutes!));
    const dropped = all.filter((r) => !printed.incidents.includes(r));
    expect(Math.max(...dropped.map((r) => r.userMinutes!))).toBeLessThanOrEqual(smallestKept);
  });
});

describe('incidentsByImpact', () => {
  it('orders by user impact, then by start, then by log order', () => {
    const rows = [incident(0, 10, 300), incident(1, 50, 500), incident(2, 10, 100), incident(3, 10, 100)];
    expect(incidentsByImpact(rows).map((r) => r.index)).toEqual([1, 2, 3, 0]);
  });
});
