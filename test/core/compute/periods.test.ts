import { describe, expect, it } from 'vitest';
import { report, row, summaryOf } from './helpers';

describe('episodes, MTTR and longest (SPEC 5)', () => {
  it('merges touching and overlapping outages into one episode', () => {
    const m = report([
      // 10:00-11:00 and 11:00-11:20 touch: one episode of 80 min
      { start: '2024-06-10T10:00:00Z', end: '2024-06-10T11:00:00Z' },
      { start: '2024-06-10T11:00:00Z', end: '2024-06-10T11:20:00Z', severity: 'partial' },
      // a separate 20 min episode
      { start: '2024-06-12T10:00:00Z', end: '2024-06-12T10:20:00Z' },
    ]);
    const r = row(m, 'api', '2024-06');
    expect(r.episodes).toBe(2);
    // (80 + 20) / 2
    expect(r.mttrMinutes).toBe(50);
    expect(r.longestEpisodeMinutes).toBe(80);
  });

  it('does not make episodes of zero-weight records', () => {
    // degraded has weight 0 by default: no downtime and no episode
    const m = report([{ start: '2024-06-10T10:00:00Z', end: '2024-06-10T11:00:00Z', severity: 'degraded' }]);
    const r = row(m, 'api', '2024-06');
    expect(r.episodes).toBe(0);
    expect(r.mttrMinutes).toBeNull();
    expect(r.longestEpisodeMinutes).toBe(0);
  });

  it('counts an episode crossing a month boundary in each month, and once over the longer period', () => {
    // 31 May 23:00 - 1 June 01:00: 60 min in each month; plus a 30 min episode in June
    const m = report([
      { start: '2024-05-31T23:00:00Z', end: '2024-06-01T01:00:00Z' },
      { start: '2024-06-15T00:00:00Z', end: '2024-06-15T00:30:00Z' },
    ]);
    expect(row(m, 'api', '2024-05')).toMatchObject({ episodes: 1, mttrMinutes: 60, longestEpisodeMinutes: 60 });
    expect(row(m, 'api', '2024-06')).toMatchObject({ episodes: 2, mttrMinutes: 45, longestEpisodeMinutes: 60 });
    // over Q2 (May and June): the crossing episode is one of 120 min; (120 + 30) / 2 = 75
    const q2 = m.quarters.find((q) => q.service === 'api' && q.period === '2024-Q2')!;
    expect(q2).toMatchObject({
      episodes: 2,
      mttrMinutes: 75,
      longestEpisodeMinutes: 120,
      fromMonth: '2024-05',
      toMonth: '2024-06',
    });
    expect(summaryOf(m, 'api')).toMatchObject({ episodes: 2, mttrMinutes: 75, longestEpisodeMinutes: 120 });
  });

  it('makes episodes of outages inside maintenance too (w counts non-maintenance records only)', () => {
    const m = report([
      { start: '2024-06-10T00:00:00Z', end: '2024-06-10T02:00:00Z', severity: 'maintenance' },
      { start: '2024-06-10T00:30:00Z', end: '2024-06-10T01:00:00Z' },
    ]);
    expect(row(m, 'api', '2024-06')).toMatchObject({ downtimeMinutes: 0, episodes: 1, longestEpisodeMinutes: 30 });
  });
});

describe('quarters, years and the whole range (SPEC 5)', () => {
  const m = report(
    [
      { start: '2023-11-10T00:00:00Z', end: '2023-11-10T01:00:00Z' },
      { start: '2024-01-10T00:00:00Z', end: '2024-01-10T00:30:00Z' },
      { start: '2024-02-10T00:00:00Z', end: '2024-02-10T02:00:00Z', severity: 'maintenance' },
      { start: '2024-03-10T00:00:00Z', end: '2024-03-10T00:20:00Z' },
    ],
    { users: 10 },
  );

  it('sums the minutes of their months and recomputes the ratios', () => {
    const q1 = m.quarters.find((q) => q.service === 'api' && q.period === '2024-Q1')!;
    // Jan 31 d + Feb 29 d (2024) + Mar 31 d = 91 d = 131040 min; minus 120 maintenance
    expect(q1.periodMinutes).toBe(131040);
    expect(q1.eligibleMinutes).toBe(131040 - 120);
    expect(q1.downtimeMinutes).toBe(50);
    expect(q1.availability).toBe(1 - 50 / (131040 - 120));
    // the average of the months' availabilities would differ: the ratio is of sums
    const months = ['2024-01', '2024-02', '2024-03'].map((k) => row(m, 'api', k).availability!);
    expect(q1.availability).not.toBe(months.reduce((a, b) => a + b) / 3);
    expect(q1.budgetMinutes).toBeCloseTo(0.001 * (131040 - 120), 9);
    expect(q1.userMinutesLost).toBe(500);
  });

  it('covers only the months of the range in a partial quarter or year', () => {
    // range 2023-11 .. 2024-03: Q4 2023 holds Nov and Dec only
    expect(m.quarters.filter((q) => q.service === 'api').map((q) => [q.period, q.fromMonth, q.toMonth])).toEqual([
      ['2023-Q4', '2023-11', '2023-12'],
      ['2024-Q1', '2024-01', '2024-03'],
    ]);
    expect(m.years.filter((q) => q.service === 'api').map((q) => [q.period, q.fromMonth, q.toMonth])).toEqual([
      ['2023', '2023-11', '2023-12'],
      ['2024', '2024-01', '2024-03'],
    ]);
    const q4 = m.quarters.find((q) => q.service === 'api' && q.period === '2023-Q4')!;
    // Nov 30 d + Dec 31 d = 61 d
    expect(q4.periodMinutes).toBe(61 * 1440);
  });

  it('sums every month into the summary', () => {
    const s = summaryOf(m, 'api');
    // Nov 2023 .. Mar 2024: 30 + 31 + 31 + 29 + 31 = 152 d
    expect(s.periodMinutes).toBe(152 * 1440);
    expect(s.downtimeMinutes).toBe(110);
    expect(s.month).toBeNull();
    const monthly = m.months.filter((r) => r.service === 'api');
    expect(s.eligibleMinutes).toBe(monthly.reduce((a, r) => a + r.eligibleMinutes, 0));
  });
});

describe('sample availability (SPEC 2, 5)', () => {
  const bucket = 15 * 60_000;
  const origin = Date.parse('2024-05-31T23:00:00Z');
  // 8 buckets from 31 May 23:00 UTC: four in May, four in June (UTC)
  const stream = (service: string | null, up: number[], all: number[], maintenance: number[]) => ({
    service,
    region: null,
    at: Float64Array.from(all, (_, k) => origin + k * bucket),
    up: Uint32Array.from(up),
    all: Uint32Array.from(all),
    maintenance: Uint32Array.from(maintenance),
  });
  const samples = {
    bucketMs: bucket,
    streams: [
      stream('api', [15, 15, 10, 15, 15, 15, 15, 5], [15, 15, 15, 15, 15, 15, 15, 15], [0, 0, 0, 0, 0, 0, 0, 10]),
      stream('web', [15, 15, 15, 15, 0, 0, 0, 0], [15, 15, 15, 15, 15, 15, 15, 15], [0, 0, 0, 0, 0, 0, 0, 0]),
    ],
  };
  const recs = [{ start: '2024-05-31T23:30:00Z', end: '2024-05-31T23:45:00Z' }];

  it('is up / (all - maintenance) of the service streams in each month', () => {
    const m = report(recs, {}, samples);
    // api May: 55 up of 60; June: 50 up of 60 - 10 maintenance
    expect(row(m, 'api', '2024-05').sampleAvailability).toBe(55 / 60);
    expect(row(m, 'api', '2024-06').sampleAvailability).toBe(1);
    // web has samples but no records: it is still a service of the report
    expect(m.services).toEqual(['*', 'api', 'web']);
    expect(row(m, 'web', '2024-06').sampleAvailability).toBe(0);
    // `*` adds both: June 50 + 0 up of 120 - 10
    expect(row(m, '*', '2024-06').sampleAvailability).toBe(50 / 110);
    expect(summaryOf(m, 'api').sampleAvailability).toBe(105 / 110);
  });

  it('regroups the 15-minute UTC buckets into months of the report zone', () => {
    // in Asia/Kolkata (UTC+5:30) every bucket is already June: api 105 up of 120 - 10
    const m = report(recs, { reportTimeZone: 'Asia/Kolkata' }, samples);
    expect(m.monthKeys).toEqual(['2024-06']);
    expect(row(m, 'api', '2024-06').sampleAvailability).toBe(105 / 110);
  });

  it('is null for interval logs', () => {
    expect(row(report(recs), 'api', '2024-05').sampleAvailability).toBeNull();
  });
});
