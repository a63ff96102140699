import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex, monthKey, parseMonthKey, quarterKey, yearKey } from '../../../core/time/month-key';
import { monthBoundaries, monthOfInstant, monthStart } from '../../../core/time/zoned-months';
import { reportRange } from '../../../core/time/report-range';
import { at } from './helpers';

const minutesOf = (key: string, zone: string) => {
  const b = monthBoundaries(parseMonthKey(key), parseMonthKey(key), zone);
  return (b[1]! - b[0]!) / 60_000;
};

describe('calendar months in a time zone', () => {
  it('starts a month at local midnight of the 1st', () => {
    // New York is UTC-5 in winter: 2024-03-01 00:00 local = 05:00 UTC
    expect(monthStart(parseMonthKey('2024-03'), 'America/New_York')).toBe(at('2024-03-01T05:00:00Z'));
    // Tokyo is UTC+9 all year: 2024-04-01 00:00 local = 2024-03-31 15:00 UTC
    expect(monthStart(parseMonthKey('2024-04'), 'Asia/Tokyo')).toBe(at('2024-03-31T15:00:00Z'));
  });

  it('measures DST months as real elapsed time (America/New_York)', () => {
    // March 2024 loses an hour on the 10th: 31 d x 1440 - 60 = 44580 min
    expect(minutesOf('2024-03', 'America/New_York')).toBe(31 * 1440 - 60);
    // November 2024 gains an hour on the 3rd: 30 d x 1440 + 60 = 43260 min
    expect(minutesOf('2024-11', 'America/New_York')).toBe(30 * 1440 + 60);
    // July has no change: 31 x 1440
    expect(minutesOf('2024-07', 'America/New_York')).toBe(31 * 1440);
  });

  it("handles Australia/Lord_Howe's 30-minute shift", () => {
    // DST ends 7 April 2024 (02:00 -> 01:30): April = 30 d x 1440 + 30 = 43230 min
    expect(minutesOf('2024-04', 'Australia/Lord_Howe')).toBe(30 * 1440 + 30);
    // DST starts 6 October 2024 (02:00 -> 02:30): October = 31 d x 1440 - 30 = 44610 min
    expect(minutesOf('2024-10', 'Australia/Lord_Howe')).toBe(31 * 1440 - 30);
  });

  it('sums months to the real length of a year in any zone', () => {
    // a year always has 365 (2023) local days; the DST hour lost in spring comes back in autumn
    for (const zone of ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      const b = monthBoundaries(monthIndex(2023, 0), monthIndex(2023, 11), zone);
      expect((b[12]! - b[0]!) / 60_000).toBe(365 * 1440);
    }
  });

  it('puts an instant in the month of the zone', () => {
    // 2024-03-31 23:30 UTC is already 1 April in Tokyo, still 31 March in New York
    expect(monthKey(monthOfInstant(at('2024-03-31T23:30:00Z'), 'Asia/Tokyo'))).toBe('2024-04');
    expect(monthKey(monthOfInstant(at('2024-03-31T23:30:00Z'), 'America/New_York'))).toBe('2024-03');
  });

  it('gives UTC, read without Intl, the months Intl gives Etc/UTC, years 0-99 and before 1970 included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 * 12 + 11 }),
        fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }),
        (index, t) => {
          expect(monthStart(index, 'UTC')).toBe(monthStart(index, 'Etc/UTC'));
          expect(monthOfInstant(t, 'UTC')).toBe(monthOfInstant(t, 'Etc/UTC'));
        },
      ),
      { numRuns: 2000 },
    );
    // 0031-03-01 is 1939 years before 1970-03-01 (no Date.UTC, which would read the year as 1931)
    expect(new Date(monthStart(monthIndex(31, 2), 'UTC')).toISOString()).toBe('0031-03-01T00:00:00.000Z');
  });

  it('names quarters and years', () => {
    expect(quarterKey(parseMonthKey('2022-10'))).toBe('2022-Q4');
    expect(quarterKey(parseMonthKey('2022-03'))).toBe('2022-Q1');
    expect(yearKey(parseMonthKey('2022-12'))).toBe('2022');
    expect(() => parseMonthKey('2022-13')).toThrow(/not a month/);
  });
});

describe('report range (SPEC 4)', () => {
  const none = { from: null, to: null };
  const keys = (r: { from: number; to: number } | null) => r && [monthKey(r.from), monthKey(r.to)];

  it('runs from the month of the earliest start to the month of the latest end', () => {
    const data = { earliestStart: at('2024-01-15T00:00:00Z'), latestEnd: at('2024-03-02T00:00:00Z') };
    expect(keys(reportRange(data, none, 'UTC'))).toEqual(['2024-01', '2024-03']);
  });

  it('gives an end exactly on a month boundary to the month before', () => {
    const data = { earliestStart: at('2024-01-15T00:00:00Z'), latestEnd: at('2024-03-01T00:00:00Z') };
    expect(keys(reportRange(data, none, 'UTC'))).toEqual(['2024-01', '2024-02']);
    // the same instant is 2024-02-29 19:00 in New York: inside February there too
    expect(keys(reportRange(data, none, 'America/New_York'))).toEqual(['2024-01', '2024-02']);
    // one ms later it is March in UTC
    expect(keys(reportRange({ ...data, latestEnd: data.latestEnd + 1 }, none, 'UTC'))).toEqual(['2024-01', '2024-03']);
  });

  it('keeps the start month for data that starts and ends on the same boundary', () => {
    const t = at('2024-03-01T00:00:00Z');
    expect(keys(reportRange({ earliestStart: t, latestEnd: t }, none, 'UTC'))).toEqual(['2024-03', '2024-03']);
  });

  it('takes user-given months, one side or both', () => {
    const data = { earliestStart: at('2024-01-15T00:00:00Z'), latestEnd: at('2024-03-02T00:00:00Z') };
    expect(keys(reportRange(data, { from: '2023-11', to: null }, 'UTC'))).toEqual(['2023-11', '2024-03']);
    expect(keys(reportRange(data, { from: '2024-02', to: '2024-02' }, 'UTC'))).toEqual(['2024-02', '2024-02']);
    expect(keys(reportRange(null, { from: '2024-02', to: null }, 'UTC'))).toEqual(['2024-02', '2024-02']);
    expect(reportRange(null, none, 'UTC')).toBeNull();
  });

  it('refuses a backwards or absurdly long range with a message', () => {
    expect(() => reportRange(null, { from: '2024-05', to: '2024-03' }, 'UTC')).toThrow(/2024-05 is after to 2024-03/);
    expect(() => reportRange({ earliestStart: 0, latestEnd: at('2200-01-01T00:00:00Z') }, none, 'UTC')).toThrow(
      /more than 100 years/,
    );
  });
});
