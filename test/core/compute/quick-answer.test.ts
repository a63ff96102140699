import { describe, expect, it } from 'vitest';
import { quickAnswer, type QuickQuestion } from '../../../core/compute/quick-answer';
import { CREDIT_PRESETS } from '../../../core/model/credit-settings';

const march10 = Date.UTC(2026, 2, 10, 10, 0);
const base: QuickQuestion = {
  target: 0.999,
  outage: null,
  reference: march10,
  zone: 'UTC',
  convention: 'calendar',
  users: null,
  rates: [],
  tiers: [],
};

describe('quick answers without a log (issue 18 item 5)', () => {
  it('gives the nines table of the calendar month, then the fixed conventions, each labelled', () => {
    const a = quickAnswer(base);
    expect(a.month).toBe('2026-03');
    expect(a.nines.map((n) => n.convention)).toEqual(['calendar', '30d', '30.44d', '365d']);
    // March 2026: 31 d = 44,640 min; 0.1 % of it = 44.64 min. Q1 2026: 31 + 28 + 31 = 90 d -> 129.6 min;
    // 2026: 365 d -> 525.6 min; a day 1.44 min, a week 10.08 min
    expect(a.nines[0]).toMatchObject({ monthDays: 31, quarterDays: 90, yearDays: 365 });
    expect(a.nines[0]!.month).toBeCloseTo(44.64, 9);
    expect(a.nines[0]!.quarter).toBeCloseTo(129.6, 9);
    expect(a.nines[0]!.year).toBeCloseTo(525.6, 9);
    expect(a.nines[0]!.day).toBeCloseTo(1.44, 9);
    expect(a.nines[0]!.week).toBeCloseTo(10.08, 9);
    // 30 d -> 43.2 min; 365.25 / 12 = 30.4375 d -> 43.83 min
    expect(a.nines[1]!.month).toBeCloseTo(43.2, 9);
    expect(a.nines[2]!.month).toBeCloseTo(43.83, 9);
    expect(a.outage).toBeNull();
  });

  it('charges a 2 h outage for 2 billion users to its month: budget, availability, credit, user-minutes, value', () => {
    const a = quickAnswer({
      ...base,
      outage: { start: march10, minutes: 120, share: 1 },
      users: 2e9,
      rates: [{ name: 'revenue', perMinute: 1000, unit: 'USD' }],
      tiers: CREDIT_PRESETS.m365,
    });
    const o = a.outage!;
    // 120 min of a 44,640-min month: availability 1 - 120/44640 = 0.997312 (99.731 %), below 99.9 so missed;
    // m365 pays 25 % below 99.9 and 50 % only below 99
    expect(o.downtimeMinutes).toBe(120);
    expect(o.availability).toBeCloseTo(1 - 120 / 44640, 12);
    expect(o.met).toBe(false);
    expect(o.creditPercent).toBe(25);
    // the budget is 44.64 min: 120 / 44.64 = 2.688 of it consumed, 44.64 - 120 = -75.36 min left
    expect(o.budgetMinutes).toBeCloseTo(44.64, 9);
    expect(o.budgetConsumed).toBeCloseTo(120 / 44.64, 9);
    expect(o.budgetRemainingMinutes).toBeCloseTo(-75.36, 9);
    // 2e9 users x 120 min = 2.4e11 user-minutes; 1000 per minute x 120 min = 120,000
    expect(o.userMinutesLost).toBe(2.4e11);
    expect(o.impact).toEqual({ revenue: 120_000 });
    expect(o.end).toBe(march10 + 120 * 60_000);
  });

  it('weighs user-minutes and value by the share of users affected, not the downtime', () => {
    const o = quickAnswer({
      ...base,
      outage: { start: march10, minutes: 120, share: 0.5 },
      users: 2e9,
      rates: [{ name: 'orders', perMinute: 10, unit: '' }],
    }).outage!;
    // half the users for 120 min: 2e9 x 120 x 0.5 = 1.2e11; 10 x 120 x 0.5 = 600; the time still counts in full
    expect(o.userMinutesLost).toBe(1.2e11);
    expect(o.impact).toEqual({ orders: 600 });
    expect(o.downtimeMinutes).toBe(120);
    expect(o.creditPercent).toBe(0);
  });

  it('charges only the part inside the calendar month when the outage runs past its end', () => {
    // 23:00 on 31 March + 2 h: one hour in March (the other belongs to April)
    const o = quickAnswer({ ...base, outage: { start: Date.UTC(2026, 2, 31, 23), minutes: 120, share: 1 } }).outage!;
    expect(o.downtimeMinutes).toBe(60);
    expect(o.budgetConsumed).toBeCloseTo(60 / 44.64, 9);
  });

  it('takes the month in the report zone, and all of the outage under a fixed convention', () => {
    // 23:00 UTC on 31 March is 06:00 on 1 April in Jakarta (UTC+7): April has 30 d, 0.1 % = 43.2 min
    const start = Date.UTC(2026, 2, 31, 23);
    const jakarta = quickAnswer({ ...base, zone: 'Asia/Jakarta', outage: { start, minutes: 120, share: 1 } });
    expect(jakarta.month).toBe('2026-04');
    expect(jakarta.outage!.budgetMinutes).toBeCloseTo(43.2, 9);
    expect(jakarta.outage!.downtimeMinutes).toBe(120);
    // a 30.44 d month has no place in time: the whole 120 min, over 43,830 min
    const fixed = quickAnswer({ ...base, convention: '30.44d', outage: { start, minutes: 120, share: 1 } });
    expect(fixed.nines[0]!.convention).toBe('30.44d');
    expect(fixed.outage!.downtimeMinutes).toBe(120);
    expect(fixed.outage!.periodMinutes).toBeCloseTo(43_830, 9);
  });

  it('has no budget to consume at 100 %', () => {
    const o = quickAnswer({ ...base, target: 1, outage: { start: march10, minutes: 1, share: 1 } }).outage!;
    expect(o.budgetMinutes).toBe(0);
    expect(o.budgetConsumed).toBeNull();
    expect(o.met).toBe(false);
  });
});
