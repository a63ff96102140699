import { describe, expect, it } from 'vitest';
import { MONTH_COLUMNS, monthCells, monthRows, reportRows } from '../../../core/report/month-table';
import { serviceFacts } from '../../../core/report/service-facts';
import { report } from '../compute/helpers';

/**
 * api: 90 min down on 31 Dec 2023, 30 min on 2 Jan 2024; range Dec 2023 - Feb 2024, target 99.9 %, AWS EC2 credits.
 *   Dec: 31 d = 44,640 min, 1 - 90/44,640 = 99.798 %: missed, credit 10 %
 *   Jan: 31 d = 44,640 min, 1 - 30/44,640 = 99.933 %: met, below 99.99 %: credit 10 %
 *   Feb: 29 d (2024 is a leap year) = 41,760 min, no downtime
 */
const model = report(
  [
    { service: 'api', start: '2023-12-31T10:00:00Z', end: '2023-12-31T11:30:00Z' },
    { service: 'api', start: '2024-01-02T00:00:00Z', end: '2024-01-02T00:30:00Z' },
  ],
  { range: { from: '2023-12', to: '2024-02' }, credits: { preset: 'aws-ec2' } },
);
const api = serviceFacts(model, 'api');

describe('monthRows', () => {
  it('lists the months, then the whole range', () => {
    const rows = monthRows(api);
    expect(rows.map((r) => [r.kind, r.period])).toEqual([
      ['month', '2023-12'],
      ['month', '2024-01'],
      ['month', '2024-02'],
      ['range', null],
    ]);
    expect(rows.at(-1)!.figures).toBe(api.summary);
  });

  it('adds a row per year when asked and the range spans more than one', () => {
    expect(monthRows(api, { years: true }).map((r) => r.period)).toEqual([
      '2023-12',
      '2024-01',
      '2024-02',
      '2023',
      '2024',
      null,
    ]);
    // 2023 holds December's 90 min, 2024 January's 30
    const years = monthRows(api, { years: true }).filter((r) => r.kind === 'year');
    expect(years.map((r) => r.figures.downtimeMinutes)).toEqual([90, 30]);
  });

  it('leaves a lone year out: it would repeat the whole range', () => {
    const oneYear = report([{ service: 'api', start: '2024-01-02T00:00:00Z', end: '2024-01-02T00:30:00Z' }], {
      range: { from: '2024-01', to: '2024-02' },
    });
    expect(monthRows(serviceFacts(oneYear, 'api'), { years: true }).map((r) => r.kind)).toEqual([
      'month',
      'month',
      'range',
    ]);
  });
});

describe('monthCells', () => {
  it('gives each column’s value, unformatted', () => {
    const [dec, jan, feb, total] = monthRows(api);
    const columns = ['downtime', 'availability', 'met', 'credit', 'budgetLeft'] as const;
    // December: budget (1 - 0.999) x 44,640 = 44.64 min, 90 spent: 45.36 over
    expect(monthCells(dec!, columns)).toEqual([90, 1 - 90 / 44_640, false, 10, expect.closeTo(-45.36, 9)]);
    expect(monthCells(jan!, columns)).toEqual([30, 1 - 30 / 44_640, true, 10, expect.closeTo(14.64, 9)]);
    expect(monthCells(feb!, columns)).toEqual([0, 1, true, 0, expect.closeTo(41.76, 9)]);
    // the range: 44,640 + 44,640 + 41,760 = 131,040 min eligible, 120 down: 99.908 % meets 99.9 % and earns 10 %
    // (below 99.99 %); budget 131.04 min, 11.04 left
    expect(monthCells(total!, columns)).toEqual([120, 1 - 120 / 131_040, true, 10, expect.closeTo(11.04, 9)]);
  });

  it('has a kind for every column, so a face can format any of them', () => {
    for (const column of Object.values(MONTH_COLUMNS)) expect(column.kind).toMatch(/^[a-zA-Z]+$/);
  });
});

describe('reportRows', () => {
  it('holds every service’s months in model order, then every service’s whole range', () => {
    const rows = reportRows(model);
    // services * and api, three months each, then two range rows
    expect(rows.map((r) => `${r.kind} ${r.figures.service} ${r.period}`)).toEqual([
      'month * 2023-12',
      'month * 2024-01',
      'month * 2024-02',
      'month api 2023-12',
      'month api 2024-01',
      'month api 2024-02',
      'range * null',
      'range api null',
    ]);
  });
});
