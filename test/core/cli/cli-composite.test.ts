import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, reportJson, runCli } from './run-cli';

/** `--composite` (issue 18 item 3) through the built CLI: JSON, CSV, table, settings file and bad usage. */

beforeAll(() => ensureCli(), 120_000);

const dir = mkdtempSync(join(tmpdir(), 'sla-composite-'));
const log = join(dir, 'outages.csv');
// API 00:00-01:00 and DB 00:30-02:00 on Jan 10 overlap for 30 minutes; DB is partial alone on Jan 20
writeFileSync(
  log,
  'start,end,service,severity\n' +
    '2024-01-10T00:00:00Z,2024-01-10T01:00:00Z,API,major\n' +
    '2024-01-10T00:30:00Z,2024-01-10T02:00:00Z,DB,major\n' +
    '2024-01-20T00:00:00Z,2024-01-20T01:00:00Z,DB,partial\n',
);
const JAN = 31 * 1440;

interface Row {
  service: string;
  downtimeMinutes: number;
  availability: number;
  naiveAvailability?: number | null;
}

function json(args: string[]): { months: Row[]; summary: Row[]; settings: { composites: unknown } } {
  return reportJson([log, ...args]);
}

describe('sla report --composite', () => {
  it('adds each composite as a service with its timeline figures and the naive product', () => {
    const out = json(['--composite', 'App=API&DB', '--composite', 'Edge=API|DB']);
    expect(out.months.map((r) => r.service)).toEqual(['*', 'API', 'App', 'DB', 'Edge']);
    const app = out.summary.find((r) => r.service === 'App')!;
    // series: 00:00-02:00 (120) + partial 0.3 x 60 (18)
    expect(app.downtimeMinutes).toBeCloseTo(138, 9);
    // API 60 min, DB 90 + 18 = 108 min
    expect(app.naiveAvailability).toBeCloseTo((1 - 60 / JAN) * (1 - 108 / JAN), 12);
    // parallel: both down 00:30-01:00 only
    expect(out.summary.find((r) => r.service === 'Edge')!.downtimeMinutes).toBeCloseTo(30, 9);
    expect(out.summary.find((r) => r.service === 'API')).not.toHaveProperty('naiveAvailability');
    expect(out.settings.composites).toEqual([
      { name: 'App', expression: 'API&DB' },
      { name: 'Edge', expression: 'API|DB' },
    ]);
  });

  it('reads composites from a settings file, a flag of the same name replacing its definition', () => {
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify({ composites: [{ name: 'App', expression: 'API|DB' }] }));
    expect(json(['--settings', file]).summary.find((r) => r.service === 'App')!.downtimeMinutes).toBeCloseTo(30, 9);
    const replaced = json(['--settings', file, '--composite', 'App=API&DB']);
    expect(replaced.summary.find((r) => r.service === 'App')!.downtimeMinutes).toBeCloseTo(138, 9);
  });

  it('prints the composite in the CSV and its comparison in the table', () => {
    const csv = runCli(['report', log, '--composite', 'App=API&DB', '--format', 'csv']).stdout;
    expect(
      csv
        .split('\r\n')
        .filter((l) => l.startsWith('App,'))
        .map((l) => l.split(',')[1]),
    ).toEqual(['2024-01', 'all']);
    const table = runCli(['report', log, '--composite', 'App=API&DB']).stdout;
    // 30 min, the overlap the product counts twice, less its second-order term 60 x 108 / JAN = 0.145 min:
    // 29.855 min, 29 min 51 s
    expect(table).toContain(
      "composite API&DB: 99.691 % from the outage timelines, 99.624 % as the product of its components' " +
        'availabilities (as if they failed independently); the product shows 29 min 51 s more downtime than happened',
    );
  });

  it('exits 2 naming the column of a syntax error', () => {
    const r = runCli(['report', log, '--composite', 'Site=API&(DB|Cache']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sla: --composite "Site=API&(DB|Cache": at column 19: missing ")"');
  });

  it('leaves out a composite over a service the log lacks, saying so', () => {
    const r = runCli(['report', log, '--composite', 'App=API&Cache', '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { months: Row[]; diagnostics: { message: string }[] };
    expect(out.months.some((m) => m.service === 'App')).toBe(false);
    expect(out.diagnostics.map((d) => d.message)).toContain(
      'composite App: the log has no service "Cache"; it is left out of the report',
    );
  });
});
