import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_PRESET_NAMES } from '../../../core/model/credit-settings';
import { MONTH_CONVENTIONS, type Settings } from '../../../core/model/settings';
import { buildReport } from '../../../core/report/index';
import { isRetargetable, retarget } from '../../../core/report/retarget';
import { settingsArb } from '../../fuzz/settings-arb';
import { at, inputOf, settings, type Rec } from '../compute/helpers';

const NOW = at('2024-08-15T12:00:00Z');

/** Records over three months around a DST change, in two services and platform-wide. */
const recordArb: fc.Arbitrary<Rec> = fc
  .record({
    startMin: fc.integer({ min: 0, max: 90 * 1440 }),
    minutes: fc.integer({ min: 0, max: 3 * 1440 }),
    service: fc.constantFrom('api', 'web', null),
    severity: fc.constantFrom('major', 'partial', 'degraded', 'maintenance' as const),
    region: fc.constantFrom(undefined, 'eu', 'us'),
  })
  .map(({ startMin, minutes, ...r }) => {
    const start = at('2024-03-01T00:00:00Z') + startMin * 60_000;
    return { ...r, start, end: start + minutes * 60_000 };
  });

/** What a user changes without touching a minute: targets, credit tiers, the month convention, paper, language. */
const retargetArb = fc.record({
  default: fc.constantFrom(0.9, 0.99, 0.995, 0.999, 0.9999, 1),
  api: fc.option(fc.constantFrom(0.95, 0.9995, 1), { nil: undefined }),
  ghost: fc.option(fc.constantFrom(0.5), { nil: undefined }),
  credits: fc.oneof(
    fc.constantFrom(...CREDIT_PRESET_NAMES, 'none' as const).map((preset) => ({ preset })),
    fc
      .array(fc.record({ belowPercent: fc.double({ min: 90, max: 100, noNaN: true }), creditPercent: fc.nat(100) }), {
        maxLength: 4,
      })
      .map((tiers) => ({ preset: 'custom' as const, tiers })),
  ),
  monthConvention: fc.constantFrom(...MONTH_CONVENTIONS),
  language: fc.constantFrom('en' as const, 'id' as const),
});

type Retarget = typeof retargetArb extends fc.Arbitrary<infer T> ? T : never;

function changed(base: Settings, r: Retarget): Settings {
  const services: Record<string, number> = {};
  if (r.api !== undefined) services['api'] = r.api;
  // a target for a service the log does not have changes nothing shown
  if (r.ghost !== undefined) services['ghost'] = r.ghost;
  return {
    ...base,
    targets: { default: r.default, services },
    credits: r.credits,
    monthConvention: r.monthConvention,
    report: { ...base.report, language: r.language },
  };
}

describe('retarget', () => {
  it('equals a full build under the new settings, field by field (property)', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 12 }),
        settingsArb,
        fc.option(fc.constantFrom({ from: '2024-02', to: '2024-05' }), { nil: undefined }),
        retargetArb,
        (recs, base0, range, r) => {
          const base = range ? { ...base0, range } : base0;
          const input = inputOf(recs);
          const next = changed(base, r);
          expect(isRetargetable(base, next)).toBe(true);
          const fast = retarget(buildReport(input, base, NOW), next);
          const full = buildReport(input, next, NOW);
          expect(fast.months).toEqual(full.months);
          expect(fast.quarters).toEqual(full.quarters);
          expect(fast.years).toEqual(full.years);
          expect(fast.summary).toEqual(full.summary);
          expect(fast.nines).toEqual(full.nines);
          expect(fast).toEqual(full);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('re-derives the budget of a month from its minutes', () => {
    // one hour of major outage in April 2024 (30 days = 43,200 minutes, UTC)
    const input = inputOf([{ start: '2024-04-10T00:00:00Z', end: '2024-04-10T01:00:00Z', service: 'api' }]);
    const model = buildReport(input, settings(), NOW);
    const looser = retarget(model, settings({ targets: { default: 0.99 }, credits: { preset: 'aws-ec2' } }));
    const april = looser.months.find((m) => m.service === 'api')!;
    // budget = (1 - 0.99) x 43,200 = 432 minutes; 60 used leaves 372; consumed 60/432
    expect(april.budgetMinutes).toBeCloseTo(432, 9);
    expect(april.budgetRemainingMinutes).toBeCloseTo(372, 9);
    expect(april.budgetConsumed).toBeCloseTo(60 / 432, 12);
    expect(april.met).toBe(true);
    // availability 1 - 60/43,200 = 99.861 %: below AWS's 99.99 % tier, above its 99 % one -> 10 %
    expect(april.creditPercent).toBe(10);
    // the input model is left as it was
    expect(model.months.find((m) => m.service === 'api')!.target).toBe(0.999);
    expect(looser.nines.map((n) => n.target)).toEqual([0.99]);
  });

  it('is not used for a change that moves minutes', () => {
    const base = settings();
    expect(isRetargetable(base, settings({ targets: { default: 0.95 }, report: { language: 'id' } }))).toBe(true);
    for (const other of [
      settings({ reportTimeZone: 'Asia/Jakarta' }),
      settings({ weights: { partial: 0.5 } }),
      settings({ countMaintenance: true }),
      settings({ users: 5 }),
      settings({ services: ['api'] }),
      settings({ range: { from: '2024-01', to: null } }),
      settings({ import: { inputTimeZone: 'Asia/Jakarta' } }),
      settings({ rates: [{ name: 'revenue', perMinute: 1 }] }),
      settings({ rolling: [30] }),
    ])
      expect(isRetargetable(base, other)).toBe(false);
  });

  it('asks the engine again for a target change when rolling windows or burn-rate alerts are shown', () => {
    // their budgets and alert instants follow the target from per-day minutes and outage steps the model
    // does not keep (docs/spec.md 5a, 5b)
    for (const extra of [{ rolling: [30] }, { burnRules: [{ burnRate: 14.4, longMinutes: 60, shortMinutes: 5 }] }]) {
      const base = settings(extra);
      expect(isRetargetable(base, settings({ ...extra, targets: { default: 0.95 } }))).toBe(false);
      expect(isRetargetable(base, settings({ ...extra, report: { language: 'id' } }))).toBe(true);
    }
  });
});
