import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCli, runCli } from './run-cli';
import { parseCliArgs } from '../../../core/cli/args';

beforeAll(ensureCli);

describe('sla quick (issue 18 item 5)', () => {
  it('prints the answer as JSON: nines, budget, credit from custom tiers, user-minutes, value', () => {
    const r = runCli([
      'quick',
      '--target',
      '99.9',
      '--outage',
      '2h',
      '--start',
      '2026-03-10T10:00:00Z',
      '--users',
      '2B',
      '--rate',
      'revenue=1000',
      '--share',
      '50%',
      '--credits',
      '99.95:10,99:25',
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.month).toBe('2026-03');
    // 0.1 % of March's 44,640 min = 44.64 min
    expect(a.nines[0].month).toBeCloseTo(44.64, 9);
    expect(a.outage.start).toBe('2026-03-10T10:00:00.000Z');
    expect(a.outage.end).toBe('2026-03-10T12:00:00.000Z');
    // 1 - 120/44640 = 99.731 %: below 99.95 (10 %), not below 99 (25 %)
    expect(a.outage.creditPercent).toBe(10);
    // 2e9 x 120 min x 0.5 = 1.2e11 user-minutes; 1000 x 120 x 0.5 = 60,000
    expect(a.outage.userMinutesLost).toBe(1.2e11);
    expect(a.outage.impact).toEqual({ revenue: 60_000 });
  });

  it('prints a table with the conventions labelled', () => {
    const r = runCli(['quick', '--target', '99.9', '--start', '2026-03-10', '--outage', '2h', '--users', '2B']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('calendar 2026-03 (31 d)');
    expect(r.stdout).toContain('30.44 d month');
    // 2e9 x 120 = 2.4e11 user-minutes = 4.0e9 user-hours
    expect(r.stdout).toContain('240,000,000,000 (4.0 billion user-hours)');
  });

  it('refuses bad usage with exit 2 and one message', () => {
    const missing = runCli(['quick', '--outage', '2h']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--target PCT is required/);
    const share = runCli(['quick', '--target', '99.9', '--outage', '2h', '--share', '1.5']);
    expect(share.status).toBe(2);
    expect(share.stderr).toMatch(/--share expects/);
    expect(runCli(['quick', '--target', '99.9', '--credits', '99.9:x']).status).toBe(2);
  });

  it('measures the current month when no start is given', () => {
    const args = parseCliArgs(['quick', '--target', '99.9'], Date.UTC(2024, 1, 10));
    expect(args.command).toBe('quick');
    if (args.command === 'quick') expect(args.question.reference).toBe(Date.UTC(2024, 1, 10));
  });
});
