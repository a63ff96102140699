import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCli, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'sla-status-days-'));
const log = join(dir, 'probes.csv');

beforeAll(() => {
  ensureCli();
  // a probe every 10 minutes from 1 January 2024 00:00 to 3 January 23:50: down 2 January 12:00-12:30,
  // silent on 3 January from 06:00 to 12:00
  const rows = ['timestamp,service,status'];
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2024, 0, 4); t += 10 * 60_000) {
    if (t >= Date.UTC(2024, 0, 3, 6) && t < Date.UTC(2024, 0, 3, 12)) continue;
    const down = t >= Date.UTC(2024, 0, 2, 12) && t < Date.UTC(2024, 0, 2, 12, 30);
    rows.push(`${new Date(t).toISOString()},api,${down ? 'down' : 'up'}`);
  }
  writeFileSync(log, rows.join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sla report --status-days (issue 18 item 6)', () => {
  it('adds each day of a probe log, coloured by its worst, with its downtime and no data', () => {
    const r = runCli(['report', log, '--format', 'json', '--status-days']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    // SPEC 7's object as it is, then the addition
    const plain = JSON.parse(runCli(['report', log, '--format', 'json']).stdout);
    expect(Object.keys(json)).toEqual([...Object.keys(plain), 'statusDays']);
    const api = json.statusDays.find((s: { service: string }) => s.service === 'api');
    // the bar ends on the day of the last probe (3 January), not on 31 January
    expect(api.days.map((d: { date: string; worst: string }) => [d.date, d.worst])).toEqual([
      ['2024-01-01', 'up'],
      ['2024-01-02', 'major'],
      ['2024-01-03', 'noData'],
    ]);
    // three down probes from 12:00 cover 12:00-12:30
    expect(api.days[1].downtimeMinutes).toBe(30);
    // a sample log with a 10-minute median: gap limit 50 min, so the 05:50 probe covers to 06:40 and nothing
    // is observed until 12:00: 320 min of no data
    expect(api.days[2].noDataMinutes).toBe(320);
    expect(api.days[2].downtimeMinutes).toBe(0);
  });

  it('leaves the SPEC 7 object as it is without the flag', () => {
    const json = JSON.parse(runCli(['report', log, '--format', 'json']).stdout);
    expect(json.statusDays).toBeUndefined();
    expect(Object.keys(json)).toContain('diagnostics');
  });
});
