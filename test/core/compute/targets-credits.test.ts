import { describe, expect, it } from 'vitest';
import type { SettingsInput } from '../../../core/model/settings';
import { creditPercent } from '../../../core/compute/credits';
import { CREDIT_PRESETS } from '../../../core/model/credit-settings';
import { report, row, type Rec } from './helpers';

// June 2024 UTC: 43200 min; 99.9 % allows 43.2 min.
const JUNE = 43200;
const downFor = (minutes: number): Rec[] => [
  { start: '2024-06-10T00:00:00Z', end: new Date(Date.parse('2024-06-10T00:00:00Z') + minutes * 60_000).toISOString() },
];
const june = (minutes: number, s: SettingsInput = {}) => row(report(downFor(minutes), s), 'api', '2024-06');

describe('targets and error budgets (SPEC 5)', () => {
  it('computes budget, remaining and consumed', () => {
    const r = june(30);
    expect(r.target).toBe(0.999);
    // (1 - 0.999) x 43200 = 43.2 (floating: 0.001 is not exact)
    expect(r.budgetMinutes).toBeCloseTo(43.2, 9);
    expect(r.budgetRemainingMinutes).toBeCloseTo(13.2, 9);
    expect(r.budgetConsumed).toBeCloseTo(30 / 43.2, 12);
    expect(r.met).toBe(true);
  });

  it('lets the remaining budget go negative', () => {
    const r = june(60);
    expect(r.budgetRemainingMinutes).toBeCloseTo(43.2 - 60, 9);
    expect(r.budgetConsumed).toBeCloseTo(60 / 43.2, 12);
    expect(r.met).toBe(false);
  });

  it('counts a target met exactly as met', () => {
    // 99 % of 43200 = 432 min allowed; exactly 432 down
    const r = june(432, { targets: { default: 0.99 } });
    expect(r.met).toBe(true);
    expect(r.budgetConsumed).toBeCloseTo(1, 12);
  });

  it('uses per-service targets and lists the allowed downtime of each target in use', () => {
    const m = report([...downFor(10), { start: '2024-06-10T00:00:00Z', end: '2024-06-10T00:10:00Z', service: 'web' }], {
      targets: { default: 0.999, services: { web: 0.9995 } },
    });
    expect(row(m, 'web', '2024-06').target).toBe(0.9995);
    expect(row(m, 'api', '2024-06').target).toBe(0.999);
    expect(m.nines.map((n) => n.target)).toEqual([0.999, 0.9995]);
    // a month of 30 d at 99.9 %: 43.2 min; at 99.95 %: 21.6
    expect(m.nines[0]!.month).toBeCloseTo(43.2, 9);
    expect(m.nines[1]!.month).toBeCloseTo(21.6, 9);
  });

  it('has no budget at a 100 % target', () => {
    const r = june(1, { targets: { default: 1 } });
    expect(r.budgetMinutes).toBe(0);
    expect(r.budgetConsumed).toBeNull();
    expect(r.budgetRemainingMinutes).toBe(-1);
    expect(r.met).toBe(false);
  });
});

describe('service credits (SPEC 4-5)', () => {
  // availability -> minutes down in June: a = 1 - d/43200, d = (1 - a) x 43200
  const minutesFor = (availability: number) => (1 - availability) * JUNE;

  it.each([
    // [preset, availability, expected credit]
    ['aws-ec2', 0.9999, 0], // exactly 99.99 is not below 99.99
    ['aws-ec2', 0.9995, 10], // below 99.99
    ['aws-ec2', 0.985, 30], // below 99
    ['aws-ec2', 0.9, 100], // below 95
    ['gcp-compute', 0.9995, 10],
    ['gcp-compute', 0.985, 25],
    ['gcp-compute', 0.9, 50],
    ['azure-vm', 0.9995, 10],
    ['azure-vm', 0.985, 25],
    ['azure-vm', 0.9, 100],
    ['m365', 0.9995, 0], // m365 starts below 99.9
    ['m365', 0.9985, 25],
    ['m365', 0.985, 50],
    ['m365', 0.9, 100],
  ] as const)('%s at %s gives %s %%', (preset, availability, credit) => {
    // whole minutes keep these exact: 4.32, 21.6, 648, 4320, 64.8 min
    const r = june(minutesFor(availability), { credits: { preset } });
    expect(r.creditPercent).toBe(credit);
  });

  it('gives no credit without tiers, and reads custom tiers in any order', () => {
    expect(june(600).creditPercent).toBe(0);
    const tiers = [
      { belowPercent: 90, creditPercent: 50 },
      { belowPercent: 99.5, creditPercent: 5 },
    ];
    // 600 min -> 98.61 %: below 99.5 only
    expect(june(600, { credits: { preset: 'custom', tiers } }).creditPercent).toBe(5);
  });

  it('treats a threshold met to the last floating-point step as met', () => {
    expect(creditPercent(0.9999, CREDIT_PRESETS['aws-ec2'])).toBe(0);
    expect(creditPercent(0.99989999, CREDIT_PRESETS['aws-ec2'])).toBe(10);
    expect(creditPercent(null, CREDIT_PRESETS['aws-ec2'])).toBe(0);
  });
});
