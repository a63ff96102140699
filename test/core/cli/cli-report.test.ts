import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, reportJson, runCli } from './run-cli';
import { SPEC7_ROW_FIELDS } from '../../spec7-fields';

const SAMPLE = 'samples/messaging-platform-2021-2022.csv';
const SAMPLE_SETTINGS = 'samples/messaging-platform.settings.json';

interface Row {
  service: string;
  month: string | null;
  availability: number | null;
  downtimeMinutes: number;
  eligibleMinutes: number;
  periodMinutes: number;
  target: number;
  met: boolean | null;
  impact: Record<string, number>;
  [k: string]: unknown;
}

beforeAll(() => ensureCli(), 120_000);

function json(args: string[]): {
  source: Record<string, unknown>;
  months: Row[];
  summary: Row[];
  diagnostics: unknown[];
  settings: Record<string, unknown>;
} {
  return reportJson(args);
}

describe('sla report --format json (SPEC 7)', () => {
  it('prints the SPEC object for the embedded sample, every month for every service', () => {
    const out = json([SAMPLE]);
    // SPEC 7's keys, and `credits` (issue 15: the credit total in the fee's currency and each service's tier
    // commitment; docs/methodology.md section 6); `episodes` only with --episodes
    // previous: the previous-period comparison, added after SPEC 7's keys (docs/spec.md 7, issue 16)
    expect(Object.keys(out)).toEqual(['source', 'settings', 'months', 'summary', 'credits', 'diagnostics', 'previous']);
    expect(Object.keys(out.source)).toEqual(['file', 'sha256', 'format', 'records', 'skipped']);
    expect(out.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.source.skipped).toBe(0);
    // 2021-01 .. 2022-12 is 24 months; services *, calls, media, messaging, web
    const services = [...new Set(out.months.map((m) => m.service))];
    expect(services).toEqual(['*', 'calls', 'media', 'messaging', 'web']);
    expect(out.months).toHaveLength(5 * 24);
    expect(out.months[0]!.month).toBe('2021-01');
    expect(out.months[23]!.month).toBe('2022-12');
    expect(Object.keys(out.months[0]!)).toEqual(SPEC7_ROW_FIELDS);
    expect(out.summary.map((s) => s.month)).toEqual([null, null, null, null, null]);
  });

  it('counts the two public outages where they belong', () => {
    const out = json([SAMPLE]);
    const calls = out.months.find((m) => m.service === 'calls' && m.month === '2021-10')!;
    // the platform-wide 4 Oct 2021 outage, 15:39-21:30 UTC = 351 minutes, is the only calls downtime that month
    expect(calls.downtimeMinutes).toBeGreaterThanOrEqual(351);
    const messaging = out.months.find((m) => m.service === 'messaging' && m.month === '2022-10')!;
    // 25 Oct 2022 07:00-09:00 UTC = 120 minutes of messaging downtime at least
    expect(messaging.downtimeMinutes).toBeGreaterThanOrEqual(120);
    // October has 31 days = 44,640 minutes
    expect(messaging.periodMinutes).toBe(44640);
  });

  it('applies --target to met and budget, in fractions', () => {
    const loose = json([SAMPLE, '--target', '99']);
    const strict = json([SAMPLE, '--target', '99.999']);
    const l = loose.summary.find((s) => s.service === 'messaging')!;
    const s = strict.summary.find((s) => s.service === 'messaging')!;
    expect(l.target).toBe(0.99);
    expect(s.target).toBe(0.99999);
    expect(l.met).toBe(true);
    expect(s.met).toBe(false);
    expect(l.availability).toBe(s.availability);
  });

  it('reads the sample settings file: per-service targets, rates and the credit preset', () => {
    const out = json([SAMPLE, '--settings', SAMPLE_SETTINGS]);
    expect(out.summary.find((s) => s.service === 'messaging')!.target).toBe(0.9995);
    expect(Object.keys(out.months[0]!.impact)).toEqual(['messages', 'merchant sales']);
  });

  it('reports in another time zone with DST-aware month lengths', () => {
    const out = json([SAMPLE, '--tz', 'America/New_York']);
    const march = out.months.find((m) => m.service === '*' && m.month === '2022-03')!;
    // March 2022 in New York loses an hour to DST: 31 x 1440 - 60 = 44,580 minutes
    expect(march.periodMinutes).toBe(44580);
  });
});

describe('other formats', () => {
  it('prints a table that fits 100 columns', () => {
    const r = runCli(['report', SAMPLE]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('Service: messaging');
  });
  it('prints CSV with a header and a row per service and month plus totals', () => {
    const r = runCli(['report', SAMPLE, '--format', 'csv']);
    const lines = r.stdout.trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^service,month,periodMinutes,/);
    expect(lines).toHaveLength(1 + 5 * 24 + 5);
  });
  it('prints Markdown tables', () => {
    const r = runCli(['report', SAMPLE, '--format', 'md']);
    expect(r.stdout).toMatch(/^# SLA report/);
    expect(r.stdout).toContain('| Month | Availability |');
  });
  it('writes --out atomically and prints nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sla-out-'));
    const out = join(dir, 'report.json');
    const r = runCli(['report', SAMPLE, '--format', 'json', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).months).toHaveLength(120);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

describe('exit status and messages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-bad-'));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  it.each([
    ['empty file', () => write('empty.csv', '')],
    ['header only', () => write('header.csv', 'start,end,service\n')],
    ['binary file', () => write('image.png', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01')],
    ['all rows bad', () => write('allbad.csv', 'start,end\nyesterday,today\nnot a date,2022-01-01\n')],
    ['missing file', () => join(dir, 'nope.csv')],
  ])('%s: exit 1 with one line on stderr and no stack trace', (_name, make) => {
    const r = runCli(['report', make(), '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^sla: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('some rows bad: exit 0 with diagnostics naming the lines', () => {
    const p = write(
      'somebad.csv',
      'start,end,service\n2022-01-01T00:00:00Z,2022-01-01T01:00:00Z,api\nbad,2022-01-02T00:00:00Z,api\n2022-01-03T02:00:00Z,2022-01-03T01:00:00Z,api\n',
    );
    const out = json([p]);
    // the problems; the assumption (SPEC 3: no severity column) is named too, as "assumed: ..." on line 0
    const lines = (out.diagnostics as { line: number; message: string }[])
      .filter((d) => !d.message.startsWith('assumed: '))
      .map((d) => d.line);
    // line 3 has an unreadable start, line 4 ends before it starts
    expect(lines).toEqual([3, 4]);
    expect(out.source.records).toBe(1);
    expect(out.source.skipped).toBe(2);
  });
  it('bad usage: exit 2', () => {
    expect(runCli(['report']).status).toBe(2);
    expect(runCli(['report', SAMPLE, '--format', 'xml']).status).toBe(2);
    expect(runCli(['report', SAMPLE, '--target', '101']).status).toBe(2);
  });
  it('a broken settings file is bad input, exit 1, naming the file', () => {
    const p = write('broken.json', '{"targets": ');
    const r = runCli(['report', SAMPLE, '--settings', p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.json');
  });
});

describe('sla report --range (issue 16)', () => {
  it('reports the month before today and compares it with the month before that', () => {
    // the range is last month wherever the clock stands; the sample starts in 2021, so the month before it is
    // covered by the log (an interval log: no record there reads as up)
    const now = new Date();
    const month = (back: number) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    const before = month(1);
    const out = json([SAMPLE, '--range', 'last-month']) as ReturnType<typeof json> & {
      previous: { from: string; to: string; covered: boolean; services: { service: string }[] };
    };
    // a run at the turn of a month may read the month after the one computed here a moment earlier
    if (month(1) !== before) return;
    expect(new Set(out.months.map((r) => r.month))).toEqual(new Set([before]));
    expect(out.settings.range).toEqual({ from: before, to: before, preset: 'last-month' });
    expect(out.previous).toMatchObject({ from: `${month(2)}-01`, covered: true });
    expect(out.previous.services.map((s) => s.service)).toEqual(out.summary.map((r) => r.service));
  });
});
