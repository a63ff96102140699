import { describe, expect, it } from 'vitest';
import { report, row } from './helpers';

// June 2024 UTC: 43200 min. Users default 2e9.
const JUNE = 43200;

describe('affected share, user-minutes and impact (SPEC 5)', () => {
  it('takes f(r) from the record, else the region share, else the severity weight', () => {
    const m = report(
      [
        // own share 0.2 for 60 min -> 12
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', affected: 0.2 },
        // region eu has share 0.25 in the settings, 60 min -> 15
        { start: '2024-06-02T00:00:00Z', end: '2024-06-02T01:00:00Z', region: 'eu' },
        // region with no share: its severity weight, partial 0.3, 60 min -> 18
        { start: '2024-06-03T00:00:00Z', end: '2024-06-03T01:00:00Z', region: 'apac', severity: 'partial' },
        // maintenance affects nobody, even with a share in the log
        { start: '2024-06-04T00:00:00Z', end: '2024-06-04T01:00:00Z', severity: 'maintenance', affected: 1 },
      ],
      { regionShares: { eu: 0.25 }, users: 1000, rates: [{ name: 'revenue', perMinute: 10, unit: 'USD' }] },
    );
    const r = row(m, 'api', '2024-06');
    // ∫F = 12 + 15 + 18 = 45 full-outage minutes
    expect(r.userMinutesLost).toBeCloseTo(1000 * 45, 6);
    expect(r.userAvailability).toBeCloseTo(1 - 45 / JUNE, 12);
    expect(r.impact).toEqual({ revenue: expect.closeTo(450, 6) });
    const byStart = [...m.incidents].sort((a, b) => a.start - b.start);
    expect(byStart.map((i) => i.affectedShare)).toEqual([0.2, 0.25, 0.3, 0]);
    // incidents are sorted by user-minutes: 0.3 x 60 x 1000 = 18000 first
    expect(m.incidents.map((i) => i.userMinutes)).toEqual([18000, 15000, 12000, 0]);
  });

  it('adds the largest share of each region and caps the sum at 1', () => {
    const m = report(
      [
        // eu 0.3 and 0.5 overlap: eu contributes 0.5; us 0.4 at the same time -> 0.9
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', region: 'eu', affected: 0.3 },
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', region: 'eu', affected: 0.5 },
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', region: 'us', affected: 0.4 },
        // next hour: eu 0.7 + us 0.6 = 1.3 -> capped at 1
        { start: '2024-06-01T01:00:00Z', end: '2024-06-01T02:00:00Z', region: 'eu', affected: 0.7 },
        { start: '2024-06-01T01:00:00Z', end: '2024-06-01T02:00:00Z', region: 'us', affected: 0.6 },
      ],
      { users: 1 },
    );
    // 60 x 0.9 + 60 x 1 = 114
    expect(row(m, 'api', '2024-06').userMinutesLost).toBeCloseTo(114, 9);
  });

  it('lets a record without a region dominate when its share is larger than the regions together', () => {
    const m = report(
      [
        // no region 0.6 over 2 h; regions eu 0.2 + us 0.1 = 0.3 in the first hour, eu 0.5 + us 0.3 = 0.8 in the second
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T02:00:00Z', affected: 0.6 },
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', region: 'eu', affected: 0.2 },
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', region: 'us', affected: 0.1 },
        { start: '2024-06-01T01:00:00Z', end: '2024-06-01T02:00:00Z', region: 'eu', affected: 0.5 },
        { start: '2024-06-01T01:00:00Z', end: '2024-06-01T02:00:00Z', region: 'us', affected: 0.3 },
      ],
      { users: 1 },
    );
    // max(0.6, 0.3) x 60 + max(0.6, 0.8) x 60 = 36 + 48 = 84
    expect(row(m, 'api', '2024-06').userMinutesLost).toBeCloseTo(84, 9);
  });

  it('drops a region back to its next largest share when the largest ends', () => {
    const m = report(
      [
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T02:00:00Z', region: 'eu', affected: 0.2 },
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z', region: 'eu', affected: 0.5 },
      ],
      { users: 1 },
    );
    // 60 x 0.5 + 60 x 0.2 = 42
    expect(row(m, 'api', '2024-06').userMinutesLost).toBeCloseTo(42, 9);
  });

  it('measures user impact over the whole month, maintenance windows included', () => {
    // a major outage inside maintenance: no downtime (excluded), but users still lost 60 full minutes
    const m = report(
      [
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T02:00:00Z', severity: 'maintenance' },
        { start: '2024-06-01T00:00:00Z', end: '2024-06-01T01:00:00Z' },
      ],
      { users: 1 },
    );
    const r = row(m, 'api', '2024-06');
    expect(r.downtimeMinutes).toBe(0);
    expect(r.userMinutesLost).toBe(60);
    expect(r.userAvailability).toBe(1 - 60 / JUNE);
  });
});
