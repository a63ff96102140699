import { describe, expect, it } from 'vitest';
import { at, report } from './helpers';
import type { RollingSeries } from '../../../core/model/report-model';

const seriesOf = (list: RollingSeries[], service: string, n: number): RollingSeries => {
  const s = list.find((r) => r.service === service && r.windowDays === n);
  if (!s) throw new Error(`no ${n}-day series for ${service}`);
  return s;
};

describe('rolling windows (docs/spec.md 5a)', () => {
  // one 60-minute major outage on 10 January 2024, range January-February 2024 (UTC)
  const outage = [{ start: '2024-01-10T10:00:00Z', end: '2024-01-10T11:00:00Z', service: 'api' }];
  const model = report(outage, { rolling: [30, 7], range: { from: '2024-01', to: '2024-02' } });

  it('gives a 30-day window at each day end: budget 43.2 min, -16.8 min left while it holds the outage', () => {
    const s = seriesOf(model.rolling, 'api', 30);
    // one point per day of the range: 31 + 29 (2024 is a leap year)
    expect(s.days).toHaveLength(60);
    expect(s.days[0]!.end).toBe(at('2024-01-02T00:00:00Z'));
    // 30 days = 43,200 min; the 99.9 % budget is 0.001 x 43,200 = 43.2 min; 43.2 - 60 = -16.8
    const holding = s.days.filter((d) => d.budgetRemainingMinutes < 43.2 - 1e-9);
    // the windows ending 11 January 00:00 (day 10 is their last) to 9 February 00:00 (day 10 is their first)
    expect(holding.map((d) => d.end)).toEqual(
      Array.from({ length: 30 }, (_, k) => at('2024-01-11T00:00:00Z') + k * 86_400_000),
    );
    for (const d of holding) {
      expect(d.budgetRemainingMinutes).toBeCloseTo(-16.8, 9);
      // 1 - 60 / 43,200
      expect(d.availability).toBeCloseTo(1 - 60 / 43_200, 12);
    }
    const clear = s.days.filter((d) => !holding.includes(d));
    for (const d of clear) {
      expect(d.budgetRemainingMinutes).toBeCloseTo(43.2, 9);
      expect(d.availability).toBe(1);
    }
    // the worst window: the first to hold the outage
    expect(s.worst).toEqual({ end: at('2024-01-11T00:00:00Z'), availability: 1 - 60 / 43_200 });
  });

  it('a 7-day window holds it for 7 days with 0.001 x 10,080 - 60 = -49.92 min left', () => {
    const s = seriesOf(model.rolling, 'api', 7);
    const holding = s.days.filter((d) => d.availability !== 1);
    expect(holding).toHaveLength(7);
    expect(holding[0]!.end).toBe(at('2024-01-11T00:00:00Z'));
    expect(holding[0]!.budgetRemainingMinutes).toBeCloseTo(10.08 - 60, 9);
    expect(s.worst!.availability).toBeCloseTo(1 - 60 / 10_080, 12);
  });

  it('lists every service, `*` first, and nothing without the setting', () => {
    expect(model.rolling.map((r) => `${r.service}/${r.windowDays}`)).toEqual(['*/30', '*/7', 'api/30', 'api/7']);
    expect(report(outage).rolling).toEqual([]);
  });

  it('follows a day-precise range: one point per day from its first to its last day', () => {
    const m = report(outage, { rolling: [30], range: { from: '2024-01-05', to: '2024-01-20' } });
    const days = seriesOf(m.rolling, 'api', 30).days;
    // 5..20 January inclusive: 16 days, the first ending 6 January 00:00
    expect(days).toHaveLength(16);
    expect(days[0]!.end).toBe(at('2024-01-06T00:00:00Z'));
    expect(days[5]!.budgetRemainingMinutes).toBeCloseTo(-16.8, 9);
  });

  it('measures a DST day as 23 hours (report zone Europe/Berlin, 31 March 2024)', () => {
    const m = report(outage, {
      rolling: [1],
      range: { from: '2024-03', to: '2024-03' },
      reportTimeZone: 'Europe/Berlin',
    });
    const s = seriesOf(m.rolling, 'api', 1);
    const dst = s.days.find((d) => d.end === at('2024-03-31T22:00:00Z'))!;
    // 23 h = 1,380 min of eligible time; the budget is 1.38 min and nothing was down
    expect(dst.budgetRemainingMinutes).toBeCloseTo(1.38, 9);
  });

  it('counts maintenance and no data out of the window as the month rows do', () => {
    const m = report(
      [
        { start: '2024-01-10T10:00:00Z', end: '2024-01-10T11:00:00Z', service: 'api' },
        { start: '2024-01-12T00:00:00Z', end: '2024-01-12T12:00:00Z', service: 'api', severity: 'maintenance' },
      ],
      { rolling: [2], range: { from: '2024-01', to: '2024-01' } },
    );
    const d = seriesOf(m.rolling, 'api', 2).days.find((x) => x.end === at('2024-01-13T00:00:00Z'))!;
    // days 12-13 January: 2,880 min less 720 min of maintenance = 2,160 eligible; nothing down
    expect(d.budgetRemainingMinutes).toBeCloseTo(2.16, 9);
  });
});
