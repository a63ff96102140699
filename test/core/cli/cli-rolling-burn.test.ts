import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, reportJson, runCli } from './run-cli';

beforeAll(() => ensureCli(), 120_000);

// one 30-minute major outage of api on 10 January 2024 (UTC), target 99.9 %
const dir = mkdtempSync(join(tmpdir(), 'sla-rolling-'));
const LOG = join(dir, 'outages.csv');
writeFileSync(LOG, 'service,start,end,severity\napi,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z,major\n');

function json(args: string[]): Record<string, unknown> {
  return reportJson([LOG, '--service', 'api', ...args]);
}

describe('sla report --rolling, --burn-rate, --burn-rule (docs/spec.md 5a, 5b)', () => {
  it('adds "rolling" after "credits", before "diagnostics", one series per window, instants in ISO UTC', () => {
    const out = json(['--rolling', '30d', '--rolling', '7']);
    // previous: the previous-period comparison (docs/spec.md 7, issue 16)
    expect(Object.keys(out)).toEqual([
      'source',
      'settings',
      'months',
      'summary',
      'credits',
      'rolling',
      'diagnostics',
      'previous',
    ]);
    const rolling = out.rolling as { service: string; windowDays: number; worst: unknown; days: unknown[] }[];
    expect(rolling.map((r) => [r.service, r.windowDays, r.days.length])).toEqual([
      ['api', 30, 31],
      ['api', 7, 31],
    ]);
    // the window ending at 11 January 00:00 is the first to hold the outage: 1 - 30 / 43,200
    expect(rolling[0]!.worst).toEqual({ end: '2024-01-11T00:00:00.000Z', availability: 1 - 30 / 43_200 });
    expect(rolling[0]!.days[9]).toEqual({
      end: '2024-01-11T00:00:00.000Z',
      availability: 1 - 30 / 43_200,
      // 0.001 x 43,200 - 30 = 13.2
      budgetRemainingMinutes: expect.closeTo(13.2, 9),
    });
  });

  it('replays the default rules: the 14.4 page fires 51.84 s in (0.001 x 14.4 x 60 = 0.864 min)', () => {
    const out = json(['--burn-rate']);
    expect(Object.keys(out)).toEqual([
      'source',
      'settings',
      'months',
      'summary',
      'credits',
      'alerts',
      'uncaught',
      'diagnostics',
      // the previous-period comparison (docs/spec.md 7, issue 16)
      'previous',
    ]);
    const alerts = out.alerts as { rule: string; firedAt: string; episodeStart: string }[];
    expect(alerts.map((a) => [a.rule, a.firedAt])).toEqual([
      ['14.4:1h:5m', '2024-01-10T10:00:51.840Z'],
      // 0.001 x 6 x 360 = 2.16 min = 2 min 9.6 s; 0.001 x 4,320 = 4.32 min = 4 min 19.2 s
      ['6:6h:30m', '2024-01-10T10:02:09.600Z'],
      ['1:3d:6h', '2024-01-10T10:04:19.200Z'],
    ]);
    expect(alerts[0]!.episodeStart).toBe('2024-01-10T10:00:00.000Z');
    expect(out.uncaught).toEqual([]);
  });

  it('takes custom rules, and names an outage no rule caught', () => {
    // 30 min over 1 h needs a burn of 30 / 60 / 0.001 = 500: a rule at 600 never fires
    const out = json(['--burn-rule', '600:1h:5m']);
    expect(out.alerts).toEqual([]);
    expect(out.uncaught).toEqual([{ service: 'api', episodeStart: '2024-01-10T10:00:00.000Z', minutes: 30 }]);
  });

  it('refuses a malformed rule or window with exit status 2', () => {
    for (const bad of [
      ['--burn-rule', '14.4:1h'],
      ['--burn-rule', '14.4:5m:1h'],
      ['--burn-rule', 'x:1h:5m'],
      ['--rolling', '0d'],
      ['--rolling', '30h'],
    ]) {
      const r = runCli(['report', LOG, '--format', 'json', ...bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(bad[0] === '--rolling' ? /--rolling expects whole days/ : /--burn-rule expects/);
    }
  });
});
