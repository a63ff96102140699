import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, runCli } from './run-cli';

beforeAll(() => ensureCli(), 120_000);

// api down Tuesday 3 March 2026 15:00-17:00 UTC = 16:00-18:00 in Berlin (CET, UTC+1); target 99.9 %
const dir = mkdtempSync(join(tmpdir(), 'sla-hours-'));
const LOG = join(dir, 'outages.csv');
writeFileSync(LOG, 'service,start,end,severity\napi,2026-03-03T15:00:00Z,2026-03-03T17:00:00Z,major\n');
const BERLIN = ['--service', 'api', '--tz', 'Europe/Berlin'];

function json(args: string[]): { settings: Record<string, unknown>; months: Record<string, unknown>[] } {
  const r = runCli(['report', LOG, '--format', 'json', ...BERLIN, ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('sla report --business-hours, --holiday (docs/spec.md 5d)', () => {
  it('counts the covered hour of a 2-hour outage under Mon-Fri 09:00-17:00 and shows the calendar used', () => {
    const out = json(['--business-hours', 'Mon-Fri 09:00-17:00', '--holiday', '2026-03-09']);
    expect(out.settings.businessHours).toEqual({
      preset: 'custom',
      hours: ['Mon-Fri 09:00-17:00'],
      holidays: ['2026-03-09'],
    });
    const march = out.months.find((m) => m.service === 'api')!;
    // 22 weekdays in March 2026 less the holiday (Monday 9th) = 21 x 8 h = 10,080 min; 16:00-17:00 Berlin is down
    expect(march.coveredMinutes).toBe(10_080);
    expect(march.eligibleMinutes).toBe(10_080);
    expect(march.downtimeMinutes).toBe(60);
    // Berlin's March is 31 d less the DST hour = 44,580 min
    expect(march.periodMinutes).toBe(44_580);
  });

  it('takes the preset business-days: 08:00-18:00 holds the whole outage', () => {
    const march = json(['--business-hours', 'business-days']).months.find((m) => m.service === 'api')!;
    // 22 x 10 h = 13,200 min
    expect(march.coveredMinutes).toBe(13_200);
    expect(march.downtimeMinutes).toBe(120);
  });

  it('names the calendar on the table report', () => {
    const r = runCli([
      'report',
      LOG,
      ...BERLIN,
      '--business-hours',
      'Mon-Fri 09:00-17:00',
      '--holiday',
      '2026-12-24',
      '--holiday',
      '2026-12-25',
      '--holiday',
      '2026-12-31',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('business hours: Mon-Fri 09:00-17:00 (Europe/Berlin), 3 holidays');
  });

  it('refuses an entry it cannot read and a preset mixed with entries, exit 2', () => {
    const bad = runCli(['report', LOG, '--business-hours', 'Mon-Fri 9-17']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--business-hours "Mon-Fri 9-17"');
    const mixed = runCli(['report', LOG, '--business-hours', 'business-days', '--business-hours', 'Sat 10:00-12:00']);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('one preset');
    const day = runCli(['report', LOG, '--holiday', '2026-02-30']);
    expect(day.status).toBe(2);
    expect(day.stderr).toContain('--holiday expects a day of the calendar');
  });
});
