import { describe, expect, it } from 'vitest';
import { allowedDowntime, availabilityForDowntime, conventionDays } from '../../../core/compute/nines';
import { parseMonthKey } from '../../../core/time/month-key';
import { report } from './helpers';

const june = parseMonthKey('2024-06');

describe('allowed downtime, "nines" (SPEC 6)', () => {
  it('gives the classic table for 99.9 %', () => {
    const n = allowedDowntime(0.999, '30d', 'UTC', june);
    // 0.1 % of 1440 = 1.44 min a day; of 10080 = 10.08 a week; of 30 d = 43.2; of 90 d = 129.6; of 365 d = 525.6
    expect(n.day).toBeCloseTo(1.44, 10);
    expect(n.week).toBeCloseTo(10.08, 10);
    expect(n.month).toBeCloseTo(43.2, 10);
    expect(n.quarter).toBeCloseTo(129.6, 10);
    expect(n.year).toBeCloseTo(525.6, 10);
    expect(n.convention).toBe('30d');
  });

  it('uses the fixed conventions for month, quarter and year', () => {
    // 365.25 / 12 = 30.4375 d; 0.01 % of 30.4375 x 1440 = 4.383 min
    expect(allowedDowntime(0.9999, '30.44d', 'UTC', june).month).toBeCloseTo(4.383, 10);
    expect(conventionDays('30.44d', 'UTC', june)).toEqual({
      monthDays: 30.4375,
      quarterDays: 91.3125,
      yearDays: 365.25,
    });
    expect(conventionDays('365d', 'UTC', june)).toEqual({ monthDays: 365 / 12, quarterDays: 91.25, yearDays: 365 });
  });

  it('measures the calendar of the given month in the report zone, DST included', () => {
    // June 2024: 30 d; Q2: 30 + 31 + 30 = 91 d; 2024: 366 d (leap year)
    expect(conventionDays('calendar', 'UTC', june)).toEqual({ monthDays: 30, quarterDays: 91, yearDays: 366 });
    // March 2024 in New York: 31 d - 1 h; 99.9 % of 44580 min = 44.58
    const march = allowedDowntime(0.999, 'calendar', 'America/New_York', parseMonthKey('2024-03'));
    expect(march.monthDays).toBe(31 - 1 / 24);
    expect(march.month).toBeCloseTo(44.58, 10);
  });

  it('turns downtime over a period back into availability', () => {
    // 43.2 min over a 30-day month is 99.9 %
    expect(availabilityForDowntime(43.2, 43200)).toBeCloseTo(0.999, 15);
    expect(availabilityForDowntime(0, 0)).toBeNull();
  });

  it('is in the report for the range end month and the chosen convention', () => {
    const m = report([{ start: '2024-01-10T00:00:00Z', end: '2024-02-10T01:00:00Z' }], { monthConvention: 'calendar' });
    // last month of the range: February 2024 has 29 days
    expect(m.nines).toHaveLength(1);
    expect(m.nines[0]!.monthDays).toBe(29);
    expect(m.nines[0]!.month).toBeCloseTo(0.001 * 29 * 1440, 10);
  });
});
