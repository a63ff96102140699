import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importBytes, importFile, previewFile } from '@core/import';
import { ImportError, type ImportProgress } from '@core/model/import-result';
import { assumptionsOf, importSettings, importText, problemsOf } from './import-helpers';

const dir = mkdtempSync(join(tmpdir(), 'sla-import-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const opts = (fileName: string) => ({ fileName, settings: importSettings() });
const failure = (p: Promise<unknown>): Promise<ImportError> =>
  p.then(
    () => {
      throw new Error('expected the import to fail');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(ImportError);
      return e as ImportError;
    },
  );

describe('bad input: one clear message naming the file', () => {
  it('missing file, folder, unreadable file', async () => {
    expect((await failure(importFile(join(dir, 'nope.csv'), opts('nope.csv')))).message).toBe('nope.csv: no such file');
    expect((await failure(importFile(dir, opts('logs')))).message).toBe('logs: is a folder, not a log file');
    const locked = file('locked.csv', 'start,end\n');
    chmodSync(locked, 0o000);
    // root reads anything: only check the message when the OS really refuses
    const r = await importFile(locked, opts('locked.csv')).catch((e: Error) => e);
    if (r instanceof Error && !/header/.test(r.message))
      expect(r.message).toBe('locked.csv: cannot be read (permission denied)');
  });

  it('empty, blank, header only', async () => {
    expect((await failure(importFile(file('empty.csv', ''), opts('empty.csv')))).message).toBe('empty.csv: is empty');
    expect((await failure(importText(' \r\n\n', 'blank.csv'))).message).toBe('blank.csv: is empty');
    expect((await failure(importText('\uFEFFstart,end\r\n', 'h.csv'))).message).toBe(
      'h.csv: has a header but no data rows',
    );
    expect((await failure(importText('[]', 'h.json'))).message).toBe('h.json: holds no records');
    expect((await failure(importText('{"page": {"id": 1}}', 'h.json'))).message).toMatch(
      /h.json: holds no array of records/,
    );
  });

  it('refuses a FIFO before opening it (reading one would block)', async () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect((await failure(importFile(fifo, opts('pipe.csv')))).message).toBe(
      'pipe.csv: is not a regular file (a pipe, socket or device)',
    );
  });

  it('refuses a gzip bomb once it has inflated more than 200-fold', async () => {
    const row = '2024-01-01T00:00:00Z,2024-01-01T00:01:00Z,api\n';
    // 80 MB of one repeated row gzips to well under 1 MB: far beyond any real log's ratio
    const bomb = gzipSync(Buffer.concat([Buffer.from('start,end,service\n'), Buffer.alloc(80 * 1024 * 1024, row)]));
    const e = await failure(importFile(file('bomb.csv.gz', bomb), opts('bomb.csv.gz')));
    expect(e.message).toMatch(
      /^bomb.csv.gz: expands more than 200-fold when decompressed .* refusing a likely gzip bomb$/,
    );
  });

  it('binary and UTF-16 files', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await failure(importFile(file('pic.png', png), opts('pic.png')))).message).toMatch(
      /^pic.png: is a binary file/,
    );
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('start,end\n').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await failure(importText(utf16, 'u.csv'))).message).toMatch(/^u.csv: is UTF-16 text/);
    expect((await failure(importText(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]), 'x.csv.gz'))).message).toMatch(
      /^x.csv.gz: is not valid gzip/,
    );
  });

  it('a log whose every row is bad: one message with the first problem and its line', async () => {
    const e = await failure(importText('start,end\nyesterday,today\nsoon,later\n', 'bad.csv'));
    expect(e.message).toBe(
      'bad.csv: no usable rows: all 2 rows were rejected; the first: line 2: start "yesterday" is not a timestamp (expected ISO 8601 like 2024-03-01T10:00:00Z, epoch seconds or ms, or set a date format)',
    );
    expect(e.line).toBe(2);
  });

  it('keeps the first 100 diagnostics and counts all of them', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => (i % 2 ? '2024-01-01T00:00:00Z,2024-01-01T01:00:00Z' : 'x,y'));
    const r = await importText(`start,end\n${rows.join('\n')}\n`);
    // every other row of 300 is bad: 150 records, 150 diagnostics of which 100 are kept; the two assumptions
    // (no service column, no severity column: SPEC 3) are always kept, first, and counted too
    expect(r.records.count).toBe(150);
    expect(problemsOf(r)).toHaveLength(100);
    expect(assumptionsOf(r)).toHaveLength(2);
    expect(r.diagnosticsTotal).toBe(152);
    expect(r.source.skipped).toBe(150);
    expect(problemsOf(r)[0]!.line).toBe(2);
  });
});

describe('streaming from disk', () => {
  const big = (): string => {
    const lines = ['timestamp,service,region,status'];
    for (let i = 0; i < 60_000; i++) {
      lines.push(
        `${new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()},svc${i % 4},r${i % 3},${i % 97 ? 'up' : 'down'}`,
      );
    }
    return lines.join('\n') + '\n';
  };

  it('reads a file in chunks with progress, hashing the bytes as stored; gzip equals plain', async () => {
    const text = big();
    const plainPath = file('big.csv', text);
    const gzPath = file('big.csv.gz', gzipSync(text));
    const progress: ImportProgress[] = [];
    const plain = await importFile(plainPath, { ...opts('big.csv'), onProgress: (p) => progress.push(p) });
    const gz = await importFile(gzPath, opts('big.csv.gz'));
    expect(gz.records).toEqual(plain.records);
    expect(gz.samples).toEqual(plain.samples);
    expect(plain.source).toMatchObject({ rows: 60_000, shape: 'status', bytes: text.length, format: 'csv' });
    expect(gz.source.format).toBe('csv.gz');
    const { createHash } = await import('node:crypto');
    expect(plain.source.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    const last = progress.at(-1)!;
    expect(last).toEqual({ bytesRead: text.length, bytesTotal: text.length, rows: 60_000 });
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!.bytesRead).toBeGreaterThanOrEqual(progress[i - 1]!.bytesRead);
  });

  it('stops on the abort signal with an ImportError, and the next import works', async () => {
    const path = file('cancel.csv', big());
    const controller = new AbortController();
    let seen = 0;
    const e = await failure(
      importFile(path, {
        ...opts('cancel.csv'),
        signal: controller.signal,
        onProgress: () => {
          if (++seen === 1) controller.abort();
        },
      }),
    );
    expect(e.message).toBe('cancel.csv: import cancelled');
    expect((await importFile(path, opts('cancel.csv'))).source.rows).toBe(60_000);
  });

  it('stops a gzip import on the abort signal too', async () => {
    const path = file('cancel.csv.gz', gzipSync(big()));
    const controller = new AbortController();
    const e = await failure(
      importFile(path, { ...opts('cancel.csv.gz'), signal: controller.signal, onProgress: () => controller.abort() }),
    );
    expect(e.message).toBe('cancel.csv.gz: import cancelled');
    // give any stray stream event a chance to surface as an unhandled error before the test ends
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await importFile(path, opts('cancel.csv.gz'))).source.rows).toBe(60_000);
  });

  it('stops an import fed by any chunk source when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const chunks = [new TextEncoder().encode('start,end\n2024-01-01,2024-01-02\n')];
    const e = await failure(importBytes(chunks, { ...opts('x.csv'), signal: controller.signal }));
    expect(e.message).toBe('x.csv: import cancelled');
  });

  it('previews the first 20 rows, the columns and the mapping without reading the whole file', async () => {
    const p = await previewFile(file('prev.csv.gz', gzipSync(big())), opts('prev.csv.gz'));
    expect(p.columns).toEqual(['timestamp', 'service', 'region', 'status']);
    expect(p.rows).toHaveLength(20);
    expect(p.rows[0]).toEqual(['2024-01-01T00:00:00.000Z', 'svc0', 'r0', 'down']);
    expect(p).toMatchObject({ shape: 'status', format: 'csv.gz', problems: [] });
    expect(p.mapping).toEqual({ timestamp: 'timestamp', service: 'service', region: 'region', status: 'status' });
  });

  it('previews a log it cannot map, saying why, and lists bad rows', async () => {
    const unmapped = await previewFile(file('odd.csv', 'when,what\n2024,x\n'), opts('odd.csv'));
    expect(unmapped).toMatchObject({ shape: null, columns: ['when', 'what'], rows: [['2024', 'x']] });
    expect(unmapped.problems[0]).toMatch(/cannot tell what the columns mean/);
    const bad = await previewFile(file('bad.csv', 'start,end\nx,2024-01-01\n'), opts('bad.csv'));
    expect(bad.problems).toEqual([
      'line 2: start "x" is not a timestamp (expected ISO 8601 like 2024-03-01T10:00:00Z, epoch seconds or ms, or set a date format)',
    ]);
  });
});
