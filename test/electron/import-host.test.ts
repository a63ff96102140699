import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, type ImportProgress } from '@core/model/import-result';
import { recordsFromTable } from '@core/model/record-table';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import { createImportHost, type ImportHost } from '../../electron/main/import-host';
import { IpcFailure } from '../../electron/main/ipc-failure';
import { buildImportWorker } from './worker-build';

let dir: string;
let host: ImportHost;
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

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-import-host-'));
  workerPath = await buildImportWorker();
  host = createImportHost(workerPath);
  bigLog = join(dir, 'big.csv');
  await writeBigLog(bigLog);
});
afterAll(async () => {
  await host.dispose();
  await rm(dir, { recursive: true, force: true });
});

const request = (path: string, fileName = 'log.csv') => ({ path, fileName, settings: DEFAULT_SETTINGS.import });

describe('import host (real worker thread)', () => {
  it('imports a CSV in a worker and hands back typed-array records', async () => {
    const path = join(dir, 'small.csv');
    await writeFile(
      path,
      'start,end,service,severity\n2022-01-01T00:00:00Z,2022-01-01T01:00:00Z,api,major\n2022-01-02T00:00:00Z,2022-01-02T00:30:00Z,web,partial\n',
    );
    const progress: ImportProgress[] = [];
    const result = await host.run(1, request(path, 'small.csv'), (p) => progress.push(p));
    expect(result.source).toMatchObject({ file: 'small.csv', records: 2, skipped: 0, shape: 'interval' });
    // whole minutes: 32-bit steps, moved from the worker with their type
    expect(result.records.instants.start).toBeInstanceOf(Int32Array);
    expect(recordsFromTable(result.records).map((r) => r.start)).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 2)]);
    expect(result.records.services.slice().sort()).toEqual(['api', 'web']);
  });

  it('reports progress while reading a large log, ending at the file size', async () => {
    const progress: ImportProgress[] = [];
    const result = await host.run(1, request(bigLog, 'big.csv'), (p) => progress.push(p));
    expect(result.source.records).toBe(BIG_ROWS);
    expect(progress.length).toBeGreaterThan(1);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.bytesRead).toBeGreaterThanOrEqual(progress[i - 1]!.bytesRead);
    expect(progress.every((p) => p.bytesTotal === result.source.bytes)).toBe(true);
  });

  it('cancels a running import when asked, and after that has nothing to cancel', async () => {
    let cancelled = false;
    const run = host.run(2, request(bigLog, 'big.csv'), () => {
      if (!cancelled) cancelled = host.cancel(2);
    });
    await expect(run).rejects.toBeInstanceOf(IpcFailure);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(cancelled).toBe(true);
    expect(host.cancel(2)).toBe(false);
  });

  it('cancels the previous import of a window when the window starts another', async () => {
    const first = host.run(3, request(bigLog, 'big.csv'), () => {});
    const second = host.run(3, request(bigLog, 'big.csv'), () => {});
    host.cancel(3);
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    await expect(second).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('passes an ImportError through with its message', async () => {
    const path = join(dir, 'empty.csv');
    await writeFile(path, '');
    const error = await host.run(4, request(path, 'empty.csv'), () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('empty.csv');
  });

  it('ends an import that outgrows its heap cap with a message, and the host keeps working', async () => {
    // service names are interned as strings (and their bytes) on the heap: 200k distinct ones of ~50
    // characters need well over 8 MB (titles would not do: they are one byte column, outside the heap)
    const titled = join(dir, 'titled.csv');
    const rows = ['start,end,service'];
    for (let i = 0; i < 200_000; i++) {
      const s = i * 3_600_000;
      rows.push(
        `${new Date(s).toISOString()},${new Date(s + 60_000).toISOString()},service ${i} with a long unique name`,
      );
    }
    await writeFile(titled, rows.join('\n') + '\n');
    const small = createImportHost(workerPath, 8);
    try {
      const r = await small.run(5, request(titled, 'titled.csv'), () => {}).catch((e: unknown) => e);
      expect(r).toMatchObject({
        code: 'import',
        message: 'titled.csv is too large to import: it needs more than 8 MB of memory.',
      });
    } finally {
      await small.dispose();
    }
    expect((await host.run(5, request(bigLog, 'big.csv'), () => {})).source.records).toBe(BIG_ROWS);
  });

  it('previews the first rows and the detected mapping', async () => {
    const preview = await host.preview(request(bigLog, 'big.csv'));
    expect(preview.columns).toEqual(['start', 'end', 'service', 'severity']);
    expect(preview.rows[0]).toEqual(['2000-01-01T00:00:00.000Z', '2000-01-01T00:10:00.000Z', 'api', 'major']);
    expect(preview.mapping).toMatchObject({ start: 'start', end: 'end', service: 'service', severity: 'severity' });
    expect(preview.shape).toBe('interval');
  });
});
