import { describe, expect, it } from 'vitest';
import { presetRange, previousRange, resolvedRange } from '../../../core/time/period-presets';

const at = (iso: string) => Date.parse(iso);

describe('range presets are read on the day the report runs, in the report zone', () => {
  it('names the month, quarter, twelve months and year to date before a plain day', () => {
    const now = at('2026-12-06T12:30:00Z');
    expect(presetRange('last-month', now, 'UTC')).toEqual({ from: '2026-11', to: '2026-11' });
    // December is in Q4, so the quarter before is Q3: July..September
    expect(presetRange('last-quarter', now, 'UTC')).toEqual({ from: '2026-07', to: '2026-09' });
    // the twelve whole months before December 2026
    expect(presetRange('last-12-months', now, 'UTC')).toEqual({ from: '2025-12', to: '2026-11' });
    // today is still running: year to date ends yesterday
    expect(presetRange('ytd', now, 'UTC')).toEqual({ from: '2026-01', to: '2026-12-05' });
  });

  it('reads "last month" in the zone: 02:00 UTC on 1 March is still 28 February in Los Angeles', () => {
    const now = at('2026-03-01T02:00:00Z');
    expect(presetRange('last-month', now, 'UTC')).toEqual({ from: '2026-02', to: '2026-02' });
    // UTC-8 in winter: 2026-02-28 18:00 local, so the month before is January
    expect(presetRange('last-month', now, 'America/Los_Angeles')).toEqual({ from: '2026-01', to: '2026-01' });
  });

  it('reads a quarter in the zone: 16:00 UTC on 31 March is 1 April in Tokyo', () => {
    const now = at('2026-03-31T16:00:00Z');
    // UTC: still Q1, so the quarter before is 2025 Q4
    expect(presetRange('last-quarter', now, 'UTC')).toEqual({ from: '2025-10', to: '2025-12' });
    // Tokyo (UTC+9): 2026-04-01 01:00, Q2, so the quarter before is Q1
    expect(presetRange('last-quarter', now, 'Asia/Tokyo')).toEqual({ from: '2026-01', to: '2026-03' });
  });

  it('gives the whole year before on 1 January, whose year has no whole day yet', () => {
    expect(presetRange('ytd', at('2027-01-01T05:00:00Z'), 'UTC')).toEqual({ from: '2026-01', to: '2026-12-31' });
    // 2 January: the one whole day of the year
    expect(presetRange('ytd', at('2027-01-02T05:00:00Z'), 'UTC')).toEqual({ from: '2027-01', to: '2027-01-01' });
  });

  it('replaces from/to only when a preset is set', () => {
    const plain = { from: '2024-01', to: null };
    expect(resolvedRange(plain, 0, 'UTC')).toBe(plain);
    expect(
      resolvedRange({ from: '2020-01', to: '2020-02', preset: 'last-month' }, at('2026-04-10T00:00Z'), 'UTC'),
    ).toEqual({ from: '2026-03', to: '2026-03', preset: 'last-month' });
  });
});

describe('the previous period has the same length, just before the range', () => {
  it('steps back whole months for a range of whole months', () => {
    expect(previousRange({ from: '2026-04', to: '2026-06' })).toEqual({ from: '2026-01', to: '2026-03' });
    expect(previousRange({ from: '2026-01', to: '2026-01' })).toEqual({ from: '2025-12', to: '2025-12' });
    expect(previousRange({ from: '2025-12', to: '2026-11' })).toEqual({ from: '2024-12', to: '2025-11' });
    // day sides that happen to cover whole months are whole months: 1 Feb .. 29 Feb 2024 (leap year)
    expect(previousRange({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ from: '2024-01', to: '2024-01' });
  });

  it('steps back as many days for a day-precise range', () => {
    // 2026-01-01 .. 2026-12-05 is 334 + 5 = 339 days; the 339 days before end on 2025-12-31 and start on day
    // 365 - 339 + 1 = 27 of 2025, 27 January
    expect(previousRange({ from: '2026-01', to: '2026-12-05' })).toEqual({ from: '2025-01-27', to: '2025-12-31' });
    // 10 .. 16 March (7 days) follows 3 .. 9 March
    expect(previousRange({ from: '2026-03-10', to: '2026-03-16' })).toEqual({ from: '2026-03-03', to: '2026-03-09' });
  });
});
