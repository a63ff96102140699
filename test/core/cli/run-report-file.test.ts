import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportFile } from '../../../core/cli/run-report-file';
import { ROOT } from './run-cli';

/**
 * `sla run` of a report file saved with a range preset (issue 16): the preset is read on the day the run holds,
 * in the report zone, so a monthly job needs no --from/--to. Run in-process with a fixed instant. The log,
 * test/fixtures/issue15/april-outages.csv, is April 2024: api major 60 min on the 2nd, api partial 30 min on the
 * 10th, web major 20 min on the 20th and a platform-wide major 10 min on the 25th.
 */
const dir = mkdtempSync(join(tmpdir(), 'sla-run-preset-'));
copyFileSync(join(ROOT, 'test/fixtures/issue15/april-outages.csv'), join(dir, 'april-outages.csv'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Month {
  service: string;
  month: string;
  downtimeMinutes: number;
  periodMinutes: number;
}

function run(name: string, settings: object, now: number, flags: { from?: string; to?: string } = {}) {
  const out = mkdtempSync(join(dir, `${name}-`));
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'sla-report',
      version: 1,
      source: { log: 'april-outages.csv' },
      settings,
      outputs: [{ format: 'json', file: 'sla-{period}.json' }],
    }),
  );
  const args = { command: 'run' as const, file, outDir: out, from: flags.from ?? null, to: flags.to ?? null };
  return { out, done: runReportFile(args, {}, () => undefined, now) };
}

const written = (out: string) => {
  const [name, ...more] = readdirSync(out);
  expect(more).toEqual([]);
  const json = JSON.parse(readFileSync(join(out, name!), 'utf8')) as {
    months: Month[];
    settings: { range: object };
  };
  return { name, json };
};

describe('sla run reads a saved range preset on the day it runs', () => {
  it('last month on 15 May 2024 is April, in the file name and the figures', async () => {
    const { out, done } = run('monthly', { range: { preset: 'last-month' } }, Date.parse('2024-05-15T06:00:00Z'));
    await done;
    const { name, json } = written(out);
    expect(name).toBe('sla-2024-04.json');
    expect(json.settings.range).toEqual({ from: '2024-04', to: '2024-04', preset: 'last-month' });
    const api = json.months.filter((m) => m.service === 'api');
    expect(api.map((m) => m.month)).toEqual(['2024-04']);
    // 60 min major + 30 min partial x 0.3 + the platform's 10 min = 79 of April's 30 x 1440 minutes
    expect(api[0]!.downtimeMinutes).toBeCloseTo(79, 9);
    expect(api[0]!.periodMinutes).toBe(30 * 1440);
  });

  it('reads the day in the report zone: 30 April 20:00 UTC is already 1 May in Jakarta', async () => {
    const now = Date.parse('2024-04-30T20:00:00Z');
    const jakarta = run('jakarta', { reportTimeZone: 'Asia/Jakarta', range: { preset: 'last-month' } }, now);
    await jakarta.done;
    expect(written(jakarta.out).name).toBe('sla-2024-04.json');
    // the same instant in UTC is still April, so last month is March
    const utc = run('utc', { range: { preset: 'last-month' } }, now);
    await utc.done;
    expect(written(utc.out).name).toBe('sla-2024-03.json');
  });

  it('--from/--to replace the preset for one run', async () => {
    const { out, done } = run('override', { range: { preset: 'last-month' } }, Date.parse('2026-12-06T12:00:00Z'), {
      from: '2024-04-10',
      to: '2024-04-30',
    });
    await done;
    const { name, json } = written(out);
    expect(name).toBe('sla-2024-04-10_2024-04-30.json');
    expect(json.settings.range).toEqual({ from: '2024-04-10', to: '2024-04-30' });
  });

  it('a Prometheus source takes its range from the preset instead of refusing the file', async () => {
    const file = join(dir, 'server.json');
    writeFileSync(
      file,
      JSON.stringify({
        kind: 'sla-report',
        version: 1,
        // port 9 (discard) on this machine: nothing listens, so the read fails after the range check
        source: { prometheus: { url: 'http://127.0.0.1:9', query: 'probe_success', timeoutSeconds: 5 } },
        settings: { range: { preset: 'last-quarter' } },
        outputs: [{ format: 'json', file: 'never.json' }],
      }),
    );
    const args = { command: 'run' as const, file, outDir: null, from: null, to: null };
    const refused = await runReportFile(args, {}, () => undefined, Date.parse('2024-05-15T06:00:00Z')).catch(
      (e: Error) => e.message,
    );
    expect(refused).not.toContain('needs the report range');
    expect(refused).toContain('127.0.0.1:9');
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});
