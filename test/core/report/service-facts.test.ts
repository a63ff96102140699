import { describe, expect, it } from 'vitest';
import type { ReportModel } from '@core/model/report-model';
import { budgetBurn } from '../../../core/report/budget-burn';
import { serviceFacts } from '../../../core/report/service-facts';
import { report, summaryOf } from '../compute/helpers';
import { monthRow as month } from './period-row';

/**
 * api: 60 min down on 10 Apr 2024, 20 min on 3 May; web: 120 min on 1 Jun. Range Apr-Jun 2024, target 99.9 %,
 * AWS EC2 credits (below 99.99 %: 10 %).
 *   api Apr: 30 d = 43,200 min, 1 - 60/43,200 = 99.861 %: missed, credit 10 %; budget 43.2, left -16.8
 *   api May: 31 d = 44,640 min, 1 - 20/44,640 = 99.955 %: met, still below 99.99 %: credit 10 %; budget 44.64
 *   api Jun: 43,200 min, no downtime: met, no credit; budget 43.2
 */
const model = report(
  [
    { service: 'api', start: '2024-04-10T10:00:00Z', end: '2024-04-10T11:00:00Z' },
    { service: 'api', start: '2024-05-03T00:00:00Z', end: '2024-05-03T00:20:00Z' },
    { service: 'web', start: '2024-06-01T00:00:00Z', end: '2024-06-01T02:00:00Z' },
  ],
  { range: { from: '2024-04', to: '2024-06' }, targets: { default: 0.999 }, credits: { preset: 'aws-ec2' } },
);

describe('serviceFacts', () => {
  const api = serviceFacts(model, 'api');

  it('gathers the service’s own rows, in month order', () => {
    expect(api.months.map((m) => m.month)).toEqual(['2024-04', '2024-05', '2024-06']);
    expect(api.months.every((m) => m.service === 'api')).toBe(true);
    expect(api.summary).toBe(summaryOf(model, 'api'));
    expect(api.years.map((y) => y.period)).toEqual(['2024']);
  });

  it('counts months met and missed, and picks the worst month that had downtime', () => {
    // April missed (99.861 %), May and June met
    expect([api.monthsMet, api.monthsMissed, api.monthsJudged]).toEqual([2, 1, 3]);
    expect(api.worst?.month).toBe('2024-04');
    // web's only downtime is June's 120 min (1 - 120/43,200 = 99.722 %)
    expect(serviceFacts(model, 'web').worst?.month).toBe('2024-06');
  });

  it('lists the months that earn a credit and adds their percentages', () => {
    // April and May are below 99.99 %: 10 % each
    expect(api.creditMonths.map((m) => m.month)).toEqual(['2024-04', '2024-05']);
    expect(api.creditPercentSum).toBe(20);
  });

  it('burns the range’s budget down to the summary’s budget left', () => {
    // 43.2 + 44.64 + 43.2 = 131.04 min of budget; 60 then 20 min spent
    expect(api.burn.totalMinutes).toBeCloseTo(131.04, 9);
    expect(api.burn.points.map((p) => p.remainingMinutes)).toEqual([
      expect.closeTo(71.04, 9),
      expect.closeTo(51.04, 9),
      expect.closeTo(51.04, 9),
    ]);
    expect(api.burn.points.at(-1)!.remainingMinutes).toBeCloseTo(api.summary!.budgetRemainingMinutes, 9);
  });

  it('has no worst month and no burn for a service that never went down', () => {
    const quiet = report([{ service: 'api', start: '2024-04-10T10:00:00Z', end: '2024-04-10T10:00:00Z' }], {
      range: { from: '2024-04', to: '2024-05' },
    });
    const f = serviceFacts(quiet, 'api');
    expect(f.worst).toBeNull();
    expect(f.creditMonths).toEqual([]);
    // 30 d + 31 d at 99.9 %: 43.2 + 44.64 = 87.84 min, none spent
    expect(f.burn.points.map((p) => p.remainingMinutes)).toEqual([expect.closeTo(87.84, 9), expect.closeTo(87.84, 9)]);
  });
});

describe('serviceFacts over hand-made rows', () => {
  it('counts months met and missed, leaves months without eligible time out, and adds up credits', () => {
    const rows = {
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
    const f = serviceFacts(rows, 'api');
    expect([f.monthsMet, f.monthsMissed, f.monthsJudged]).toEqual([1, 2, 3]);
    expect([f.creditMonths.length, f.creditPercentSum]).toEqual([2, 35]);
    expect(f.summary).toBeNull();
  });

  it('keeps the earlier of two equally bad months as the worst', () => {
    const rows = {
      months: [
        month('api', '2024-01', { downtimeMinutes: 5, availability: 0.9 }),
        month('api', '2024-02', { downtimeMinutes: 5, availability: 0.9 }),
      ],
      years: [],
      summary: [],
    } as unknown as ReportModel;
    expect(serviceFacts(rows, 'api').worst?.month).toBe('2024-01');
  });
});

describe('budgetBurn', () => {
  it('spends the whole period’s budget month by month and goes below zero when overspent', () => {
    // two 30-day months at 99.9 %: 43.2 min of budget each, 86.4 min in all
    const { totalMinutes, points } = budgetBurn([
      month('api', '2024-04', { downtimeMinutes: 50 }),
      month('api', '2024-06', { downtimeMinutes: 40 }),
    ]);
    expect(totalMinutes).toBeCloseTo(86.4, 9);
    expect(points[0]!.remainingMinutes).toBeCloseTo(36.4, 9);
    expect(points[1]!.remainingMinutes).toBeCloseTo(-3.6, 9);
    // 36.4 / 86.4 left after April, where an even burn would have left half
    expect(points[0]!.remainingShare).toBeCloseTo(36.4 / 86.4, 12);
    expect(points[0]!.evenShare).toBeCloseTo(0.5, 12);
    expect(points[1]!.evenShare).toBeCloseTo(0, 12);
  });

  it('has no shares when the target allows no downtime', () => {
    const { totalMinutes, points } = budgetBurn([month('api', '2024-04', { budgetMinutes: 0, downtimeMinutes: 3 })]);
    expect(totalMinutes).toBe(0);
    expect(points[0]).toEqual({ month: '2024-04', remainingMinutes: -3, remainingShare: null, evenShare: null });
  });
});
