import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report/index';
import { kpiChanges, previousSummary } from '../../../core/report/kpi-changes';
import { retarget } from '../../../core/report/retarget';
import { reportJson } from '../../../core/print/month-json';
import { at, inputOf, report, settings, summaryOf } from '../compute/helpers';

// Q1 2024 (a leap year: 31 + 29 + 31 = 91 days) and Q2 (30 + 31 + 30 = 91 days) are both 131,040 min long
const QUARTER = 91 * 1440;
const log = [
  // Q1: a 60 min major outage and a 100 min partial one (weight 0.3: 30 min of downtime)
  { start: '2024-01-10T10:00:00Z', end: '2024-01-10T11:00:00Z' },
  { start: '2024-03-05T00:00:00Z', end: '2024-03-05T01:40:00Z', severity: 'partial' as const },
  // Q2: one 30 min major outage
  { start: '2024-05-01T00:00:00Z', end: '2024-05-01T00:30:00Z' },
];
const quarterSettings = {
  period: 'quarter' as const,
  range: { from: '2024-04', to: '2024-06' },
  users: 1000,
  credits: { preset: 'custom' as const, tiers: [{ belowPercent: 99.99, creditPercent: 10 }] },
  fees: { default: 100 },
};

describe('previous-period comparison (issue 16)', () => {
  it('compares this quarter with the quarter before, from the log', () => {
    const m = report(log, quarterSettings);
    expect(m.previous).toMatchObject({ from: '2024-01-01', to: '2024-03-31', covered: true, period: 'quarter' });
    const c = kpiChanges(summaryOf(m, 'api'), previousSummary(m, 'api'));
    // availability: 1 − 30/131040 now, 1 − (60 + 30)/131040 before; up by 60/131040 (0.0458 pp)
    expect(c.availability.previous).toBeCloseTo(1 - 90 / QUARTER, 12);
    expect(c.availability.change).toBeCloseTo(60 / QUARTER, 12);
    expect(c.downtimeMinutes).toEqual({ previous: 90, change: -60 });
    // two episodes before (60 and 100 min long: a partial outage is an episode), one now
    expect(c.episodes).toEqual({ previous: 2, change: -1 });
    expect(c.mttrMinutes).toEqual({ previous: 80, change: -50 });
    // MTBF: (131040 − 90) / 2 = 65475 before, (131040 − 30) / 1 = 131010 now
    expect(c.mtbfMinutes.previous).toBeCloseTo(65475, 9);
    expect(c.mtbfMinutes.change).toBeCloseTo(131010 - 65475, 9);
    // 1000 users x (60 + 100 x 0.3) min before, 1000 x 30 now
    expect(c.userMinutesLost.previous).toBeCloseTo(90_000, 6);
    expect(c.userMinutesLost.change).toBeCloseTo(-60_000, 6);
    // both quarters are below 99.99 %: 10 % of the fee of 100 a month for 3 months, 30 each
    expect(c.creditPercent).toEqual({ previous: 10, change: 0 });
    expect(c.creditAmount.previous).toBeCloseTo(30, 9);
    expect(c.creditAmount.change).toBeCloseTo(0, 9);
  });

  it('says "no data" (null, never 0) when the log does not reach the previous period', () => {
    // the range is January alone; the month before it, December 2023, is before the log's first record
    const m = report(log, { range: { from: '2024-01', to: '2024-01' } });
    expect(m.previous).toMatchObject({ from: '2023-12-01', to: '2023-12-31', covered: false, summary: [] });
    const json = reportJson(m).previous!;
    const api = json.services.find((s) => s.service === 'api')!;
    expect(api.availability).toEqual({ previous: null, change: null });
    expect(api.downtimeMinutes).toEqual({ previous: null, change: null });
  });

  it('steps back as many days for a range of days', () => {
    // 1 .. 10 May (10 days) follows 21 .. 30 April: no outage there, 14,400 min all up
    const m = report(log, { range: { from: '2024-05-01', to: '2024-05-10' } });
    expect(m.previous).toMatchObject({ from: '2024-04-21', to: '2024-04-30', covered: true });
    expect(previousSummary(m, 'api')).toMatchObject({ periodMinutes: 14_400, downtimeMinutes: 0, availability: 1 });
  });

  it('follows a fee change made without the engine (retarget)', () => {
    const m = report(log, quarterSettings);
    const changed = retarget(m, settings({ ...quarterSettings, fees: { default: 200 } }));
    // 10 % of 200 for 3 months
    expect(previousSummary(changed, 'api')!.creditAmount).toBeCloseTo(60, 9);
  });

  it('reads a saved "last month" on the day it runs, a DST month in Berlin', () => {
    const input = inputOf([
      { start: '2026-02-10T10:00:00Z', end: '2026-02-10T10:10:00Z' },
      { start: '2026-03-10T10:00:00Z', end: '2026-03-10T10:20:00Z' },
    ]);
    const s = settings({ reportTimeZone: 'Europe/Berlin', range: { from: null, to: null, preset: 'last-month' } });
    const m = buildReport(input, s, at('2026-04-10T12:00:00Z'));
    expect(m.monthKeys).toEqual(['2026-03']);
    expect(m.settings.range).toEqual({ from: '2026-03', to: '2026-03', preset: 'last-month' });
    // Berlin moves to summer time on 29 March 2026: March is 31 days less one hour, 44,640 − 60 min
    expect(summaryOf(m, 'api').periodMinutes).toBe(44_580);
    // the month before, February, has 28 days and the 10 min outage
    expect(previousSummary(m, 'api')).toMatchObject({ periodMinutes: 40_320, downtimeMinutes: 10 });
  });
});
