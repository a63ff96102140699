import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, runCli } from './run-cli';

/** `--slo` and `--export-slo` (issue 18 item 7): OpenSLO v1 targets in and out of a report. */

beforeAll(() => ensureCli(), 120_000);

const dir = mkdtempSync(join(tmpdir(), 'sla-openslo-'));
/** api down 30 minutes in January 2024; web never */
const log = join(dir, 'outages.csv');
writeFileSync(
  log,
  'service,start,end,severity\napi,2024-01-10T10:00:00Z,2024-01-10T10:30:00Z,major\nweb,2024-01-11T10:00:00Z,2024-01-11T10:00:00Z,major\n',
);

const sloFile = join(dir, 'api.yaml');
writeFileSync(
  sloFile,
  `apiVersion: openslo/v1
kind: SLO
metadata:
  name: api-availability
spec:
  service: api
  indicatorRef: api-success
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar:
        startTime: 2024-01-01 00:00:00
        timeZone: UTC
  budgetingMethod: Timeslices
  objectives:
    - targetPercent: 99.95
      timeSliceTarget: 0.99
      timeSliceWindow: 1m
`,
);

interface Row {
  service: string;
  target: number;
  met: boolean;
  budgetRemainingMinutes: number;
}
function months(args: string[]): Row[] {
  const r = runCli(['report', log, '--format', 'json', ...args]);
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { months: Row[] }).months;
}
const row = (rows: Row[], service: string): Row => rows.find((m) => m.service === service)!;

describe('--slo', () => {
  it('computes a rolling window of the file as --rolling does: 30 min down in a 7-day window', () => {
    const rolling = join(dir, 'rolling.yaml');
    writeFileSync(
      rolling,
      'apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: api-7d }\nspec:\n  service: api\n  budgetingMethod: Timeslices\n  timeWindow: [{ duration: 1w, isRolling: true }]\n  objectives: [{ target: 0.999 }]\n',
    );
    const r = runCli(['report', log, '--format', 'json', '--slo', rolling]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { rolling: { service: string; windowDays: number; worst: unknown }[] };
    const api = out.rolling.find((s) => s.service === 'api')!;
    expect(api.windowDays).toBe(7);
    // 7 d = 10,080 min: the worst window holds the 30 minutes, 1 - 30 / 10,080, and ends on 11 January 00:00
    expect(api.worst).toEqual({ end: '2024-01-11T00:00:00.000Z', availability: 1 - 30 / 10_080 });
    expect(r.stderr).not.toContain('rolling');
  });

  it("holds a service to the file's target: 30 minutes down misses 99.95 % where it met the default 99.9 %", () => {
    // January: 31 x 1440 = 44,640 minutes; 99.9 % allows 44.64 of them, 99.95 % allows 22.32
    expect(row(months([]), 'api')).toMatchObject({ target: 0.999, met: true });
    const api = row(months(['--slo', sloFile]), 'api');
    expect(api).toMatchObject({ target: 0.9995, met: false });
    expect(api.budgetRemainingMinutes).toBeCloseTo(22.32 - 30, 9);
    // a service the file does not name keeps the default
    expect(row(months(['--slo', sloFile]), 'web').target).toBe(0.999);
  });

  it('yields to --target, and names on stderr what it did not apply', () => {
    const r = runCli(['report', log, '--format', 'json', '--slo', sloFile, '--target', 'api=99']);
    expect(r.status).toBe(0);
    expect(row((JSON.parse(r.stdout) as { months: Row[] }).months, 'api').target).toBe(0.99);
    expect(r.stderr).toContain(
      `sla: note: ${sloFile}:7: document 1 (api-availability) spec.indicatorRef: the SLI is not read: availability here comes from the outage log`,
    );
  });

  it('refuses invalid YAML with exit 1, naming the file and line, and prints no report', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(sloFile, 'utf8').replace('targetPercent: 99.95', 'targetPercent: [99.95'));
    const r = runCli(['report', log, '--format', 'json', '--slo', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^sla: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1[6-9]: `));
  });
});

describe('--export-slo', () => {
  it('writes targets that --slo reads back to the same report targets', () => {
    const out = join(dir, 'export.yaml');
    const first = months(['--target', '99.5', '--target', 'api=99.99', '--export-slo', out]);
    const again = months(['--slo', out]);
    expect(again.map((m) => [m.service, m.target])).toEqual(first.map((m) => [m.service, m.target]));
    expect(row(again, 'api').target).toBe(0.9999);
    expect(row(again, 'web').target).toBe(0.995);
  });

  it('never writes over the --slo file it reads', () => {
    const before = readFileSync(sloFile, 'utf8');
    const r = runCli(['report', log, '--slo', sloFile, '--export-slo', sloFile]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('which this report reads');
    expect(readFileSync(sloFile, 'utf8')).toBe(before);
  });
});
