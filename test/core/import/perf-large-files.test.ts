import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes, importFile } from '@core/import';
import { OFF_THREAD_HASH_MIN_BYTES } from '@core/import/source/file-hash';
import { ImportError, type ImportProgress, type ImportResult } from '@core/model/import-result';
import { generateIntervalLog } from '../../../bench/generate-interval-log';
import { generateStatusLog } from '../../../bench/generate-status-log';
import { chunked, importSettings } from './import-helpers';

/**
 * Large logs (issue 5) through the file path: logs past OFF_THREAD_HASH_MIN_BYTES are hashed on a second
 * thread while the import parses, read in 1 MiB chunks. The bench's seeded generators write realistic logs
 * (a probe log of 32 streams, an unsorted multi-offset incident export).
 */
let dir = '';
let statusPath = '';
let intervalPath = '';
const opts = (fileName: string) => ({ fileName, settings: importSettings() });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-perf-'));
  statusPath = join(dir, 'probes.csv');
  intervalPath = join(dir, 'incidents.csv');
  // 420,000 rows of about 46 bytes: past the off-thread hashing threshold
  generateStatusLog(statusPath, 420_000, 5);
  generateIntervalLog(intervalPath, 30_000, 5);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same import from memory, hashed inline, in chunks of an odd size. */
async function fromMemory(path: string, fileName: string): Promise<ImportResult> {
  return importBytes(chunked(readFileSync(path), 77_777), opts(fileName));
}

describe('large logs from disk', () => {
  it('a log past the threshold gives the same result as the in-memory import, with the file sha256', async () => {
    const bytes = readFileSync(statusPath);
    expect(bytes.length).toBeGreaterThan(OFF_THREAD_HASH_MIN_BYTES);
    const fromDisk = await importFile(statusPath, opts('probes.csv'));
    expect(fromDisk).toEqual(await fromMemory(statusPath, 'probes.csv'));
    expect(fromDisk.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(fromDisk.source).toMatchObject({ rows: 420_000, shape: 'status', bytes: bytes.length });
    // 8 services x 4 regions: sample counts per service, over its regions
    expect(fromDisk.samples!.streams).toHaveLength(8);
  });

  it('gzip equals plain for both log shapes', async () => {
    for (const [path, name] of [
      [statusPath, 'probes.csv'],
      [intervalPath, 'incidents.csv'],
    ] as const) {
      const gzPath = `${path}.gz`;
      writeFileSync(gzPath, gzipSync(readFileSync(path)));
      const plain = await importFile(path, opts(name));
      const gz = await importFile(gzPath, opts(`${name}.gz`));
      const { source: ps, ...plainRest } = plain;
      const { source: gs, ...gzRest } = gz;
      expect(gzRest).toEqual(plainRest);
      expect({ ...gs, file: ps.file, format: ps.format, sha256: ps.sha256, bytes: ps.bytes }).toEqual(ps);
      expect(gs.format).toBe('csv.gz');
      expect(gs.sha256).toBe(createHash('sha256').update(readFileSync(gzPath)).digest('hex'));
    }
  });

  it('cancel stops a large import long before its end, and the next import of the same file works', async () => {
    const size = readFileSync(statusPath).length;
    const controller = new AbortController();
    const progress: ImportProgress[] = [];
    const cancelled = importFile(statusPath, {
      ...opts('probes.csv'),
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        controller.abort();
      },
    });
    const e = await cancelled.then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toBe('probes.csv: import cancelled');
    // stopped at the first progress report: one chunk read of about twenty
    expect(progress).toHaveLength(1);
    expect(progress[0]!.bytesRead).toBeLessThan(size / 4);
    const next = await importFile(statusPath, opts('probes.csv'));
    expect(next).toEqual(await fromMemory(statusPath, 'probes.csv'));
  });
});
