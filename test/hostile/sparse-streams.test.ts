import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../core/print/month-json';
import { CHILD_TIMEOUT_MS, RSS_MB } from './bounds';
import { expectAllFinite } from './report-lookup';
import { ensureCli, runCli } from './run-cli';

/**
 * Issue 19 item 2 (and issue 17's memory half): status streams whose samples lie far apart. Per-stream state
 * used to be a bucket per 15 minutes from a stream's first sample to its last (30 streams in 1971 and 2069:
 * 1.5 GB; 20,000 streams two samples a year apart: 8.7 GB and 75 s). Each must now finish inside the child's
 * heap cap and kill timer (bounds.ts) with the figures SPEC 2 and 5 give; the bench measures time and RSS.
 */

const MIN = 60_000;
let dir = '';

beforeAll(() => {
  ensureCli();
  dir = mkdtempSync(join(tmpdir(), 'sla-sparse-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(name: string, text: string, args: string[] = []): Promise<ReportJson> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const cwd = mkdtempSync(join(dir, 'cwd-'));
  const run = await runCli(['report', path, '--format', 'json', ...args], cwd);
  expect(run.timedOut, `still running after ${CHILD_TIMEOUT_MS / 1000} s: killed`).toBe(false);
  expect(run.signal, run.stderr.slice(0, 500)).toBeNull();
  expect(run.maxRssMb!).toBeLessThan(RSS_MB);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as ReportJson;
  expectAllFinite(json);
  return json;
}

const summary = (json: ReportJson, service: string) => json.summary.find((r) => r.service === service)!;

describe('status streams far apart in time', () => {
  it('30 streams with samples in 1971 and 2069', async () => {
    // 3 services x 10 regions, each one sample at noon on 1 January 1971 and one on 1 January 2069, all up
    // except svc-0/r0's first (down)
    const lines = ['timestamp,service,region,status'];
    for (const year of [1971, 2069])
      for (let s = 0; s < 3; s++)
        for (let r = 0; r < 10; r++)
          lines.push(`${year}-01-01T12:00:00Z,svc-${s},r${r},${year === 1971 && s === 0 && r === 0 ? 'down' : 'up'}`);
    const json = await report('far-apart.csv', lines.join('\n') + '\n', ['--max-gap', '1h']);
    // range: January 1971 .. January 2069 (the last sample's month)
    const period = (Date.UTC(2069, 1, 1) - Date.UTC(1971, 0, 1)) / MIN;
    const all = summary(json, '*');
    expect(all.periodMinutes).toBe(period);
    // --max-gap 1h: each stream's first row covers [1971-01-01 12:00, 13:00); its last row one med (98 years)
    // cut at the limit, [2069-01-01 12:00, 13:00): 120 observed minutes, the rest no data
    expect(all.noDataMinutes).toBe(period - 120);
    // svc-0 is down while observed in 1971 (its r0 stream): 60 of its 120 eligible minutes
    const svc0 = summary(json, 'svc-0');
    expect(svc0.downtimeMinutes).toBe(60);
    expect(svc0.eligibleMinutes).toBe(120);
    expect(svc0.availability).toBe(0.5);
    expect(json.months.find((m) => m.service === 'svc-1' && m.month === '2000-01')!.availability).toBeNull();
  });

  it('20,000 streams, two samples a year apart', async () => {
    // 20 services x 1,000 regions, each up at noon on 1 January 2023 and 2024; svc-0/r0 down at first
    const lines = ['timestamp,service,region,status'];
    for (const year of [2023, 2024])
      for (let s = 0; s < 20; s++)
        for (let r = 0; r < 1000; r++)
          lines.push(`${year}-01-01T12:00:00Z,svc-${s},r${r},${year === 2023 && s === 0 && r === 0 ? 'down' : 'up'}`);
    const json = await report('sparse-fleet.csv', lines.join('\n') + '\n');
    // a sample log (19,999 of the 20,000 row pairs repeat a status): med 365 d, maxGap 5 x 365 d, so no gap;
    // the last rows cover one med more, past the range. Range January 2023 .. January 2024: 396 d, of which
    // the 12 hours before the first samples are no data.
    const period = 396 * 1440;
    const svc0 = summary(json, 'svc-0');
    expect(svc0.periodMinutes).toBe(period);
    expect(svc0.noDataMinutes).toBe(720);
    expect(summary(json, '*').noDataMinutes).toBe(720);
    // r0 down from noon 1 January 2023 to its next row a year later: 365 d
    expect(svc0.downtimeMinutes).toBe(365 * 1440);
    expect(summary(json, 'svc-1').downtimeMinutes).toBe(0);
    // 40,000 samples, one of them down
    expect(summary(json, '*').sampleAvailability).toBe(39_999 / 40_000);
    expect(json.diagnostics[0]!.message).toMatch(/^assumed: read as a sample log \(100 % /);
  });
});
