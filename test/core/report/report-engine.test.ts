import { describe, expect, it } from 'vitest';
import { buildReport, createReportEngine } from '../../../core/report/index';
import { inputOf, settings } from '../compute/helpers';

const input = inputOf([
  { start: '2024-03-09T22:00:00Z', end: '2024-03-10T09:00:00Z', service: 'api', region: 'eu' },
  { start: '2024-03-31T23:00:00Z', end: '2024-04-01T03:00:00Z', service: 'web', severity: 'partial' },
  { start: '2024-04-02T00:00:00Z', end: '2024-04-02T02:00:00Z', service: null, severity: 'maintenance' },
  { start: '2024-05-02T00:00:00Z', end: '2024-05-02T00:30:00Z', service: 'web', affected: 0.4 },
]);

describe('report engine', () => {
  it('gives the same model as a fresh build after any sequence of settings changes', () => {
    const engine = createReportEngine(input);
    const steps = [
      settings(),
      settings({ targets: { default: 0.99, services: { web: 0.995 } }, credits: { preset: 'm365' } }),
      settings({ reportTimeZone: 'America/New_York' }),
      settings({ reportTimeZone: 'Australia/Lord_Howe', countMaintenance: true }),
      settings({ weights: { partial: 0.5, degraded: 0.1 }, regionShares: { eu: 0.3 } }),
      settings({ services: ['web'], users: 5 }),
      settings({ range: { from: '2024-04', to: '2024-06' } }),
      settings(),
    ];
    for (const s of steps) expect(engine.build(s, 1)).toEqual(buildReport(input, s, 1));
  });

  it('reuses the incident list when only the target changes', () => {
    const engine = createReportEngine(input);
    const a = engine.build(settings(), 1);
    const b = engine.build(settings({ targets: { default: 0.95 } }), 1);
    expect(b.incidents).toBe(a.incidents);
    expect(b.months[0]!.target).toBe(0.95);
  });

  it('reports no months for an empty import without a range, and the given months with one', () => {
    const empty = inputOf([]);
    expect(buildReport(empty, settings(), 0).months).toEqual([]);
    const m = buildReport(empty, settings({ range: { from: '2024-01', to: '2024-02' } }), 0);
    expect(m.months.map((r) => [r.service, r.month, r.availability])).toEqual([
      ['*', '2024-01', 1],
      ['*', '2024-02', 1],
    ]);
  });
});

describe('incident list', () => {
  it('keeps the first rows of the full order when limited', () => {
    // 40 records with few distinct user-minutes so ties (broken by start, then log order) matter
    const recs = Array.from({ length: 40 }, (_, i) => ({
      start: Date.parse('2024-06-01T00:00:00Z') + ((i * 7) % 13) * 3_600_000,
      end: Date.parse('2024-06-01T00:00:00Z') + ((i * 7) % 13) * 3_600_000 + ((i % 3) + 1) * 600_000,
      service: i % 2 ? 'a' : 'b',
      severity: (['major', 'partial'] as const)[i % 2]!,
    }));
    const inp = inputOf(recs);
    // a user base, so rows carry user-minutes (SPEC 4: none by default)
    const all = buildReport(inp, settings({ users: 2e9 }), 0).incidents;
    const top = buildReport(inp, settings({ users: 2e9 }), 0, { maxIncidents: 4 }).incidents;
    expect(top).toEqual(all.slice(0, 4));
    for (let i = 1; i < all.length; i++) {
      const [p, q] = [all[i - 1]!, all[i]!];
      expect(p.userMinutes! > q.userMinutes! || (p.userMinutes === q.userMinutes && p.start <= q.start)).toBe(true);
    }
  });
});

describe('incident order on a large log', () => {
  it('sorts by user-minutes, then start, then log order, limited or not', () => {
    // 3000 records (past the radix threshold) with many equal durations and starts, so ties are common
    const base = Date.parse('2024-06-01T00:00:00Z');
    const recs = Array.from({ length: 3000 }, (_, i) => ({
      start: base + ((i * 7919) % 500) * 60_000,
      end: base + ((i * 7919) % 500) * 60_000 + ((i * 31) % 7) * 60_000,
      service: ['a', 'b', null][i % 3]!,
      severity: (['major', 'partial', 'degraded'] as const)[(i * 13) % 3]!,
    }));
    const inp = inputOf(recs);
    const all = buildReport(inp, settings({ users: 2e9 }), 0).incidents;
    const expected = [...all].sort((p, q) => q.userMinutes! - p.userMinutes! || p.start - q.start || p.index - q.index);
    expect(all.map((r) => r.index)).toEqual(expected.map((r) => r.index));
    expect(all).toHaveLength(3000);
    const top = buildReport(inp, settings({ users: 2e9 }), 0, { maxIncidents: 50 }).incidents;
    expect(top).toEqual(all.slice(0, 50));
  });
});
