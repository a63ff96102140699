import { describe, expect, it } from 'vitest';
import {
  BusinessHoursError,
  coveredSpans,
  businessHoursGrid,
  parseHoursEntry,
  weekGrid,
  type BusinessHours,
} from '../../../core/time/business-hours';

const at = (iso: string): number => Date.parse(iso);
const custom = (hours: string[], holidays: string[] = []): BusinessHours => ({ preset: 'custom', hours, holidays });
const businessDays = (holidays: string[] = []): BusinessHours => ({ preset: 'business-days', hours: [], holidays });

/** Total covered minutes of [from, to). */
function coveredMinutes(hours: BusinessHours, zone: string, from: string, to: string): number {
  const s = coveredSpans(hours, zone, at(from), at(to));
  let total = 0;
  for (let k = 0; k < s.length; k += 2) total += s[k + 1]! - s[k]!;
  return total / 60_000;
}

describe('business-hours entries', () => {
  it('reads a weekday range and a time range', () => {
    const g = parseHoursEntry('Mon-Fri 09:00-17:00');
    // 09:00 = 540 min, 17:00 = 1020 min, Monday..Friday; nothing on the weekend
    expect(g.slice(0, 5)).toEqual(Array(5).fill([[540, 1020]]));
    expect(g[5]).toEqual([]);
    expect(g[6]).toEqual([]);
  });

  it('reads day lists, wrapping ranges and any case', () => {
    const g = parseHoursEntry('sat,Sun 10:00-14:00');
    expect(g[5]).toEqual([[600, 840]]);
    expect(g[6]).toEqual([[600, 840]]);
    // Fri-Mon wraps over the weekend: Fri, Sat, Sun, Mon
    expect(parseHoursEntry('Fri-Mon 00:00-24:00').map((d) => d.length)).toEqual([1, 0, 0, 0, 1, 1, 1]);
  });

  it('splits hours that cross midnight into the next day', () => {
    const g = parseHoursEntry('Fri 22:00-02:00');
    // Friday 22:00-24:00 (1320-1440) and Saturday 00:00-02:00 (0-120)
    expect(g[4]).toEqual([[1320, 1440]]);
    expect(g[5]).toEqual([[0, 120]]);
    // Sunday's crossing goes to Monday
    expect(parseHoursEntry('Sun 23:00-01:00')[0]).toEqual([[0, 60]]);
  });

  it('merges overlapping entries of a weekday', () => {
    const g = weekGrid(['Mon 09:00-12:00', 'Mon 11:00-17:00', 'Mon 17:00-18:00']);
    expect(g[0]).toEqual([[540, 1080]]);
  });

  it('refuses an entry it cannot read, naming it and the part at fault', () => {
    expect(() => parseHoursEntry('Funday 09:00-17:00')).toThrow(/"Funday 09:00-17:00": "Funday" is not a weekday/);
    expect(() => parseHoursEntry('Mon 09:00-25:00')).toThrow(/"25:00" is not a time from 00:00 to 24:00/);
    expect(() => parseHoursEntry('Mon 9-17')).toThrow(BusinessHoursError);
    expect(() => parseHoursEntry('Mon-Fri')).toThrow(/expected DAYS HH:MM-HH:MM/);
  });
});

describe('covered time', () => {
  it('covers 5 x 8 h in a UTC week under Mon-Fri 09:00-17:00', () => {
    // 2026-03-02 is a Monday; the week to 2026-03-09 holds five 8-hour days = 2,400 min
    expect(coveredMinutes(custom(['Mon-Fri 09:00-17:00']), 'UTC', '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z')).toBe(
      2400,
    );
  });

  it("covers March 2026's weekdays 08:00-18:00 in Europe/Berlin, DST month or not", () => {
    // March 2026 starts on a Sunday: weekdays 2-6, 9-13, 16-20, 23-27, 30-31 = 22 days x 10 h = 13,200 min.
    // The change to CEST on Sunday the 29th moves no covered hour: 30 and 31 March still cover 10 h each.
    // Berlin's March is [2026-02-28T23:00Z, 2026-03-31T22:00Z)
    const month = ['2026-02-28T23:00:00Z', '2026-03-31T22:00:00Z'] as const;
    expect(coveredMinutes(businessDays(), 'Europe/Berlin', ...month)).toBe(13_200);
    // a holiday on Monday 2 March takes its whole 10 h: 21 x 600 = 12,600 min; one on a Sunday takes nothing
    expect(coveredMinutes(businessDays(['2026-03-02', '2026-03-08']), 'Europe/Berlin', ...month)).toBe(12_600);
    // the first covered instant is 08:00 CET = 07:00 UTC on Monday 2 March
    expect(coveredSpans(businessDays(), 'Europe/Berlin', at(month[0]), at(month[1]))[0]).toBe(
      at('2026-03-02T07:00:00Z'),
    );
  });

  it('covers the wall-clock hours of a DST day: 23 h in spring, 25 h in autumn', () => {
    const sunday = custom(['Sun 00:00-24:00']);
    // 29 March 2026 in Berlin: 00:00 CET (23:00Z the day before) to 00:00 CEST (22:00Z) = 23 h = 1,380 min
    expect(coveredMinutes(sunday, 'Europe/Berlin', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(1380);
    // 25 October 2026: 00:00 CEST (22:00Z) to 00:00 CET (23:00Z) = 25 h = 1,500 min
    expect(coveredMinutes(sunday, 'Europe/Berlin', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toBe(1500);
  });

  it('does not cover an hour that does not exist, and covers a repeated hour twice', () => {
    const night = custom(['Sun 02:00-03:00']);
    // 02:00-03:00 on 29 March 2026 is skipped in Berlin: nothing covered
    expect(coveredMinutes(night, 'Europe/Berlin', '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z')).toBe(0);
    // on 25 October 2026 it happens twice (00:00Z-01:00Z CEST, 01:00Z-02:00Z CET): 120 real minutes
    expect(coveredMinutes(night, 'Europe/Berlin', '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z')).toBe(120);
  });

  it('reads the local day in the report zone, not UTC', () => {
    // Mon 09:00-10:00 in Tokyo (UTC+9) on 2026-03-02 is 00:00Z-01:00Z; in UTC it would be 09:00Z-10:00Z
    const s = coveredSpans(
      custom(['Mon 09:00-10:00']),
      'Asia/Tokyo',
      at('2026-03-01T00:00:00Z'),
      at('2026-03-03T00:00:00Z'),
    );
    expect(Array.from(s)).toEqual([at('2026-03-02T00:00:00Z'), at('2026-03-02T01:00:00Z')]);
  });

  it('joins hours that cross midnight with the next day, and a holiday removes its own local day only', () => {
    const late = custom(['Fri 22:00-02:00']);
    // Fri 6 March 2026 22:00 UTC to Sat 02:00: one 4-hour span
    const s = coveredSpans(late, 'UTC', at('2026-03-06T00:00:00Z'), at('2026-03-08T00:00:00Z'));
    expect(Array.from(s)).toEqual([at('2026-03-06T22:00:00Z'), at('2026-03-07T02:00:00Z')]);
    // Saturday 7 March a holiday: Friday's two hours stay, Saturday's two go
    const h = coveredSpans(
      custom(['Fri 22:00-02:00'], ['2026-03-07']),
      'UTC',
      at('2026-03-06T00:00:00Z'),
      at('2026-03-08T00:00:00Z'),
    );
    expect(Array.from(h)).toEqual([at('2026-03-06T22:00:00Z'), at('2026-03-07T00:00:00Z')]);
  });

  it('24x7 with holidays covers every day but those', () => {
    const hours: BusinessHours = { preset: '24x7', hours: [], holidays: ['2026-03-04'] };
    // a UTC week minus one day: 6 x 1,440 = 8,640 min
    expect(coveredMinutes(hours, 'UTC', '2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z')).toBe(8640);
  });

  it('names the calendar as the assumptions list it', () => {
    expect(businessHoursGrid(custom(['Mon-Fri 09:00-17:00', 'Sat 10:00-14:00']))).toBe(
      'Mon-Fri 09:00-17:00, Sat 10:00-14:00',
    );
    expect(businessHoursGrid(businessDays())).toBe('Mon-Fri 08:00-18:00');
    expect(businessHoursGrid({ preset: '24x7', hours: [], holidays: ['2026-12-25'] })).toBe('24x7');
  });
});
