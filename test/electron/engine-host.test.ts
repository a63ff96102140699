import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '@core/import';
import { ImportError, type ImportProgress } from '@core/model/import-result';
import { DEFAULT_SETTINGS, settingsSchema } from '@core/model/settings';
import { createReportEngine } from '@core/report/index';
import { createEngineHost, type EngineHost } from '../../electron/main/engine/engine-host';
import { IpcFailure } from '../../electron/main/ipc-failure';
import { REPORT_INCIDENT_LIMIT } from '../../electron/shared/report-limits';
import { buildEngineWorker } from './worker-build';

let dir: string;
let host: EngineHost;
let bigLog: string;
let workerPath: string;
const BIG_ROWS = 300_000;

/** An interval log with one 10-minute outage per hour, for BIG_ROWS hours from 2000-01-01. */
async function writeBigLog(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('start,end,service,severity\n');
  const t0 = Date.UTC(2000, 0, 1);
  for (let i = 0; i < BIG_ROWS; i++) {
    const s = t0 + i * 3_600_000;
    const line = `${new Date(s).toISOString()},${new Date(s + 600_000).toISOString()},api,major\n`;
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

const SMALL = [
  'start,end,service,severity,region',
  '2022-01-01 00:00,2022-01-01 01:00,api,major,eu',
  '2022-01-02 00:00,2022-01-02 00:30,web,partial,us',
].join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-engine-host-'));
  workerPath = await buildEngineWorker();
  host = createEngineHost(workerPath);
  bigLog = join(dir, 'big.csv');
  await writeBigLog(bigLog);
  await writeFile(join(dir, 'small.csv'), SMALL + '\n');
});
afterAll(async () => {
  await host.dispose();
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string) => ({ path: join(dir, name), fileName: name });
const none = () => undefined;

describe('engine host (one engine per log, real worker threads)', () => {
  it('imports in the engine and hands back what the window reads, without the records', async () => {
    const summary = await host.load(1, 'small', file('small.csv'), DEFAULT_SETTINGS.import, none);
    expect(summary.source).toMatchObject({ file: 'small.csv', records: 2, skipped: 0, shape: 'interval' });
    expect(summary.regions.slice().sort()).toEqual(['eu', 'us']);
    expect(summary.mapping).toMatchObject({ start: 'start', end: 'end', service: 'service' });
    expect(summary).not.toHaveProperty('records');
    expect(summary).not.toHaveProperty('samples');
    expect(host.open.has('small')).toBe(true);
  });

  it('answers a report with the model a report engine builds over the same import', async () => {
    const settings = settingsSchema.parse({ targets: { default: 0.99 } });
    const model = await host.report(1, 'small', file('small.csv'), settings, none);
    const direct = await importFile(join(dir, 'small.csv'), { fileName: 'small.csv', settings: settings.import });
    const expected = createReportEngine(direct, { maxIncidents: REPORT_INCIDENT_LIMIT }).build(
      settings,
      model.generatedAt,
    );
    expect(model).toEqual(expected);
  });

  it('reads the log again when a report asks under other import settings (issue 19, 10b)', async () => {
    // timestamps without an offset are read in the input time zone: 00:00 in Jakarta (UTC+7) is 17:00 UTC
    const jakarta = settingsSchema.parse({ import: { inputTimeZone: 'Asia/Jakarta' } });
    const progress: ImportProgress[] = [];
    const model = await host.report(1, 'small', file('small.csv'), jakarta, (p) => progress.push(p));
    expect(progress.length).toBeGreaterThan(0);
    const api = model.incidents.find((r) => r.service === 'api')!;
    expect(api.start).toBe(Date.UTC(2021, 11, 31, 17, 0));
    // and back: the UTC import again, not the Jakarta one
    const utc = await host.report(1, 'small', file('small.csv'), DEFAULT_SETTINGS, none);
    expect(utc.incidents.find((r) => r.service === 'api')!.start).toBe(Date.UTC(2022, 0, 1, 0, 0));
  });

  it('reports progress while reading a large log, ending at the file size', async () => {
    const progress: ImportProgress[] = [];
    const summary = await host.load(1, 'big', file('big.csv'), DEFAULT_SETTINGS.import, (p) => progress.push(p));
    expect(summary.source.records).toBe(BIG_ROWS);
    expect(progress.length).toBeGreaterThan(1);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.bytesRead).toBeGreaterThanOrEqual(progress[i - 1]!.bytesRead);
    expect(progress.every((p) => p.bytesTotal === summary.source.bytes)).toBe(true);
    // the incident list of the window is cut to its limit, the largest first
    const model = await host.report(1, 'big', file('big.csv'), DEFAULT_SETTINGS, none);
    expect(model.incidents).toHaveLength(REPORT_INCIDENT_LIMIT);
    host.close('big');
    expect(host.open.has('big')).toBe(false);
  });

  it('cancels a running import, ending its engine; the next report starts the engine again', async () => {
    let cancelled = false;
    const run = host.load(2, 'big2', file('big.csv'), DEFAULT_SETTINGS.import, () => {
      if (!cancelled) cancelled = host.cancel(2);
    });
    await expect(run).rejects.toBeInstanceOf(IpcFailure);
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: 'Import of big.csv cancelled.' });
    expect(cancelled).toBe(true);
    expect(host.cancel(2)).toBe(false);
    expect(host.open.has('big2')).toBe(false);
    const model = await host.report(2, 'big2', file('big.csv'), DEFAULT_SETTINGS, none);
    expect(model.source.records).toBe(BIG_ROWS);
    host.close('big2');
  });

  it('cancels the import a window was running into another log when it starts a new one', async () => {
    const first = host.load(3, 'first', file('big.csv'), DEFAULT_SETTINGS.import, none);
    const second = host.load(3, 'second', file('small.csv'), DEFAULT_SETTINGS.import, none);
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect((await second).source.records).toBe(2);
    expect(host.open.has('first')).toBe(false);
  });

  it('fails what a closed engine still owed with a message, and knows the log no more', async () => {
    const pending = host.report(4, 'closing', file('big.csv'), DEFAULT_SETTINGS, none);
    host.close('closing');
    await expect(pending).rejects.toMatchObject({ code: 'unknown-log' });
    expect(host.open.has('closing')).toBe(false);
  });

  it('passes an ImportError through with its message', async () => {
    await writeFile(join(dir, 'empty.csv'), '');
    const error = await host
      .load(4, 'empty', file('empty.csv'), DEFAULT_SETTINGS.import, none)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('empty.csv');
  });

  it('ends an engine that outgrows its heap cap with a message, and the host keeps working', async () => {
    // service names are interned as strings (and their bytes) on the heap: 200k distinct ones of ~50
    // characters need well over 8 MB (titles would not do: they are one byte column, outside the heap)
    const rows = ['start,end,service'];
    for (let i = 0; i < 200_000; i++) {
      const s = i * 3_600_000;
      rows.push(
        `${new Date(s).toISOString()},${new Date(s + 60_000).toISOString()},service ${i} with a long unique name`,
      );
    }
    await writeFile(join(dir, 'titled.csv'), rows.join('\n') + '\n');
    const small = createEngineHost(workerPath, 8);
    try {
      const r = await small
        .load(5, 'titled', file('titled.csv'), DEFAULT_SETTINGS.import, none)
        .catch((e: unknown) => e);
      expect(r).toMatchObject({
        code: 'import',
        message: 'titled.csv is too large to import: it needs more than 8 MB of memory.',
      });
      expect(small.open.has('titled')).toBe(false);
    } finally {
      await small.dispose();
    }
    expect((await host.load(5, 'small5', file('small.csv'), DEFAULT_SETTINGS.import, none)).source.records).toBe(2);
  });

  it('previews the first rows and the detected mapping', async () => {
    // in the log's engine: a dialog's many previews start no thread each
    const preview = await host.preview('preview', file('big.csv'), DEFAULT_SETTINGS.import);
    expect(host.open.has('preview')).toBe(true);
    expect(preview.columns).toEqual(['start', 'end', 'service', 'severity']);
    expect(preview.rows[0]).toEqual(['2000-01-01T00:00:00.000Z', '2000-01-01T00:10:00.000Z', 'api', 'major']);
    expect(preview.mapping).toMatchObject({ start: 'start', end: 'end', service: 'service', severity: 'severity' });
    expect(preview.shape).toBe('interval');
  });
});
