import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PeriodFigures, ReportModel } from '../../../core/model/report-model';
import { SEVERITIES } from '../../../core/model/records';
import { report, type Rec } from './helpers';

const Y2024 = Date.parse('2024-01-01T00:00:00Z');

/** Records somewhere between February and November 2024 (whole minutes, 0 to 3 days long). */
const recordArb = (severities: readonly (typeof SEVERITIES)[number][] = SEVERITIES) =>
  fc
    .record({
      startMin: fc.integer({ min: 31 * 1440, max: 320 * 1440 }),
      lengthMin: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 * 1440 })),
      service: fc.constantFrom('a', 'b', null),
      severity: fc.constantFrom(...severities),
      affected: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
      region: fc.option(fc.constantFrom('eu', 'us'), { nil: undefined }),
    })
    .map((r): Rec => ({
      start: Y2024 + r.startMin * 60_000,
      end: Y2024 + (r.startMin + r.lengthMin) * 60_000,
      service: r.service,
      severity: r.severity,
      affected: r.affected,
      region: r.region,
    }));

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const clock = (quarter: number): string =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
/** A grid entry (docs/spec.md 5d) of any weekday range and quarter-hour times, midnight crossings included. */
const hoursEntryArb = fc
  .record({
    first: fc.constantFrom(...DAYS),
    last: fc.constantFrom(...DAYS),
    from: fc.integer({ min: 0, max: 95 }),
    to: fc.integer({ min: 0, max: 96 }),
  })
  .map((e) => `${e.first}-${e.last} ${clock(e.from)}-${clock(e.to)}`);
/** A business-hours calendar: 24x7 (SPEC 5 unchanged), business days, or a random grid, with holidays in 2024. */
const businessHoursArb = fc.record({
  preset: fc.constantFrom('24x7', 'business-days', 'custom', 'custom') as fc.Arbitrary<
    '24x7' | 'business-days' | 'custom'
  >,
  hours: fc.array(hoursEntryArb, { minLength: 1, maxLength: 3 }),
  holidays: fc.array(
    fc.integer({ min: 0, max: 365 }).map((d) => new Date(Y2024 + d * 86_400_000).toISOString().slice(0, 10)),
    { maxLength: 5 },
  ),
});

const settingsArb = fc.record({
  businessHours: businessHoursArb,
  countMaintenance: fc.boolean(),
  weights: fc.record({
    partial: fc.double({ min: 0, max: 1, noNaN: true }),
    degraded: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  regionShares: fc.constantFrom<Record<string, number>>({}, { eu: 0.4 }, { eu: 0.7, us: 0.6 }),
  // a user base, so user-minutes are figures to sum (SPEC 4: none by default)
  users: fc.constant(2e9),
});

// a fixed range so adding records cannot move it; records sit in Feb-Nov, away from its edges
const range = { from: '2024-01', to: '2024-12' };
const ZONES = ['UTC', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/Berlin', 'Pacific/Auckland'];

const ADDITIVE = ['periodMinutes', 'eligibleMinutes', 'downtimeMinutes', 'userMinutesLost', 'budgetMinutes'] as const;

/** Equal up to floating-point noise, relative to the size of the figure (user-minutes reach 1e12). */
function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function rows(m: ReportModel): PeriodFigures[] {
  return [...m.months, ...m.quarters, ...m.years, ...m.summary];
}

/** Equal up to floating-point noise (sums of weighted products in a different order). */
function expectSameFigures(a: ReportModel, b: ReportModel) {
  const ra = rows(a);
  const rb = rows(b);
  expect(rb.length).toBe(ra.length);
  ra.forEach((x, i) => {
    const y = rb[i]!;
    for (const [k, v] of Object.entries(x)) {
      // counts count records (SPEC 5): a split or a duplicate is one more record, by definition
      if (k === 'counts') continue;
      const w = (y as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number') expectClose(w as number, v);
      else if (k !== 'impact') expect(w).toEqual(v);
    }
  });
}

describe('properties of the figures', () => {
  it('keeps availability and user availability in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(recordArb(), { maxLength: 25 }), settingsArb, (recs, s) => {
        for (const r of rows(report(recs, { ...s, range }))) {
          for (const v of [r.availability, r.userAvailability]) {
            if (v === null) continue;
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers downtime when an outage is added (or any record, when maintenance counts)', () => {
    const nonMaintenance = recordArb(['major', 'partial', 'degraded']);
    fc.assert(
      fc.property(
        fc.array(recordArb(), { maxLength: 20 }),
        nonMaintenance,
        recordArb(),
        settingsArb,
        (recs, extra, anyExtra, s) => {
          const before = rows(report(recs, { ...s, range }));
          const after = rows(report([...recs, extra], { ...s, range }));
          const counted = { ...s, countMaintenance: true, range };
          const beforeCounted = rows(report(recs, counted));
          const afterCounted = rows(report([...recs, anyExtra], counted));
          const find = (list: PeriodFigures[], r: PeriodFigures) =>
            list.find(
              (x) =>
                x.service === r.service &&
                x.month === r.month &&
                ('period' in x ? x.period : '') === ('period' in r ? r.period : ''),
            );
          for (const [b, a] of [
            [before, after],
            [beforeCounted, afterCounted],
          ] as const) {
            for (const r of b) {
              const x = find(a, r);
              if (x) expect(x.downtimeMinutes).toBeGreaterThanOrEqual(r.downtimeMinutes - 1e-9);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('changes nothing when a record is split into two adjacent ones or duplicated', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        settingsArb,
        (recs, pick, at, s) => {
          const i = pick % recs.length;
          const r = recs[i]!;
          const start = r.start as number;
          const end = r.end as number;
          const cut = start + Math.floor((end - start) * at);
          const split = [...recs.slice(0, i), { ...r, end: cut }, { ...r, start: cut }, ...recs.slice(i + 1)];
          const base = report(recs, { ...s, range });
          expectSameFigures(base, report(split, { ...s, range }));
          expectSameFigures(base, report([...recs, r], { ...s, range }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sums the months to the range', () => {
    fc.assert(
      fc.property(fc.array(recordArb(), { maxLength: 25 }), settingsArb, fc.constantFrom(...ZONES), (recs, s, zone) => {
        const m = report(recs, { ...s, reportTimeZone: zone });
        for (const total of m.summary) {
          const months = m.months.filter((r) => r.service === total.service);
          expect(months).toHaveLength(m.monthKeys.length);
          for (const k of [...ADDITIVE, 'noDataMinutes', 'coveredMinutes'] as const) {
            expectClose(
              months.reduce((a, r) => a + (r[k] ?? r.periodMinutes), 0),
              total[k] ?? total.periodMinutes,
            );
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same year totals in every time zone when records sit away from the year edges', () => {
    fc.assert(
      fc.property(fc.array(recordArb(), { maxLength: 25 }), settingsArb, fc.constantFrom(...ZONES), (recs, s, zone) => {
        // covered hours are local wall-clock hours (docs/spec.md 5d): only 24x7 is the same time in every zone
        const year = (z: string) => report(recs, { ...s, businessHours: undefined, range, reportTimeZone: z }).years;
        const utc = year('UTC');
        const other = year(zone);
        expect(other.map((y) => y.period)).toEqual(utc.map((y) => y.period));
        utc.forEach((u, i) => {
          const o = other[i]!;
          // 2024 has 366 local days in each of these zones: the DST hour lost in one month returns in another
          for (const k of [...ADDITIVE, 'longestEpisodeMinutes', 'episodes'] as const) expectClose(o[k]!, u[k]!);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('never counts more downtime than eligible time, nor episodes longer than the period', () => {
    fc.assert(
      fc.property(fc.array(recordArb(), { maxLength: 25 }), settingsArb, (recs, s) => {
        for (const r of rows(report(recs, { ...s, range: { from: '2024-01', to: '2024-12' } }))) {
          // SPEC 5's chain, with covered time between eligible and period time (docs/spec.md 5d)
          const covered = r.coveredMinutes ?? r.periodMinutes;
          expect(r.downtimeMinutes).toBeGreaterThanOrEqual(0);
          expect(r.downtimeMinutes).toBeLessThanOrEqual(r.eligibleMinutes + 1e-9);
          expect(r.eligibleMinutes).toBeLessThanOrEqual(covered + 1e-9);
          expect(covered).toBeLessThanOrEqual(r.periodMinutes);
          if (r.availability !== null) expectClose(r.availability, 1 - r.downtimeMinutes / r.eligibleMinutes);
          expect(r.longestEpisodeMinutes).toBeLessThanOrEqual(covered + 1e-9);
          expect(r.episodes * (r.mttrMinutes ?? 0)).toBeLessThanOrEqual(covered + 1e-9);
          if (r.episodes > 0) {
            expect(r.mttrMinutes!).toBeGreaterThan(0);
            expect(r.mttrMinutes!).toBeLessThanOrEqual(r.longestEpisodeMinutes + 1e-9);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
