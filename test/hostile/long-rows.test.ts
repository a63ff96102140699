import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../../core/import';
import { ImportError } from '../../core/model/import-result';
import { DEFAULT_SETTINGS } from '../../core/model/settings';
import { recordsFromTable } from '../../core/model/record-table';
import { writeGzipBomb } from './gzip-bomb';
import { isAssumption } from '../../core/import/shape/diagnostics';

/** The diagnostics that report a problem: what the import assumed (SPEC 3, "assumed: ...") is named apart. */
const problems = (r: { diagnostics: { line: number; message: string }[] }) =>
  r.diagnostics.filter((d) => !isAssumption(d.message));

/**
 * Issue 19 item 1: a row that spans many read chunks was scanned again from its start at every chunk (CSV
 * carry, NDJSON line, JSON record), so one long row cost time in the square of its length, and one stray quote
 * swallowed the rest of a CSV log. The inputs are streamed in small chunks from generators, never held whole.
 * A hang on the old code fails by the test's timeout.
 */
const settings = DEFAULT_SETTINGS.import;
const TIMEOUT_MS = 120_000;
const enc = new TextEncoder();

/** `text` repeated to at least `bytes` bytes, in chunks of `chunk` bytes. */
function* repeated(text: string, bytes: number, chunk: number): Generator<Uint8Array> {
  const unit = enc.encode(text.repeat(Math.ceil(chunk / text.length)).slice(0, chunk));
  for (let sent = 0; sent < bytes; sent += unit.length) yield unit;
}

function* streamed(...parts: (string | Iterable<Uint8Array>)[]): Generator<Uint8Array> {
  for (const p of parts) {
    if (typeof p === 'string') yield enc.encode(p);
    else yield* p;
  }
}

/** Interval rows on consecutive days from 2024-01-01, each 60 minutes of api downtime. */
function* dayRows(first: number, count: number, chunkRows = 1000): Generator<Uint8Array> {
  let text = '';
  for (let k = first; k < first + count; k++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (k % 3000) * 86_400_000).toISOString().slice(0, 10);
    text += `${day}T00:00:00Z,${day}T01:00:00Z,api,r${k}\n`;
    if ((k - first + 1) % chunkRows === 0) {
      yield enc.encode(text);
      text = '';
    }
  }
  if (text) yield enc.encode(text);
}

async function failure(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(ImportError);
  return e as ImportError;
}

describe('a row spanning many chunks is scanned once (issue 19 item 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-long-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'one stray quote in a 200,000-row CSV is one diagnostic on its line, and every other row is read',
    async () => {
      // line 1 the header, line 2 a row, line 3 a row whose title opens a quote never closed, then 199,998 rows
      const r = await importBytes(
        streamed(
          'start,end,service,title\n',
          dayRows(0, 1),
          '2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,api,"stray\n',
          dayRows(2, 199_998),
        ),
        { fileName: 'stray-quote.csv', settings },
      );
      // the stray row is skipped; reading resumes on line 4 (the old reader swallowed every row after it)
      expect(r.source.records).toBe(199_999);
      expect(r.source.skipped).toBe(1);
      expect(problems(r)).toEqual([{ line: 3, message: expect.stringMatching(/quoted field opened on this line/) }]);
      // the rows after the stray one keep their own line numbers
      const records = recordsFromTable(r.records);
      expect(records.at(-1)!.line).toBe(200_001);
    },
    TIMEOUT_MS,
  );

  it(
    'a 24 MB quoted cell arriving in 16 KB chunks is read whole, and the rows after it too',
    async () => {
      const r = await importBytes(
        streamed(
          'start,end,service,title\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,api,"',
          repeated('long title, ', 24 << 20, 16 << 10),
          '"\n',
          dayRows(1, 10),
        ),
        { fileName: 'long-cell.csv', settings },
      );
      expect(r.source.records).toBe(11);
      expect(problems(r)).toEqual([]);
      const [first] = recordsFromTable(r.records);
      expect(first!.title!.length).toBeGreaterThanOrEqual(24 << 20);
    },
    TIMEOUT_MS,
  );

  it(
    'a row longer than 32 MB is skipped with a diagnostic on its line, and reading goes on after it',
    async () => {
      const r = await importBytes(
        streamed('start,end,service,title\n', dayRows(0, 2), repeated('x', 40 << 20, 16 << 10), '\n', dayRows(2, 3)),
        { fileName: 'long-row.csv', settings },
      );
      expect(r.source.records).toBe(5);
      expect(problems(r)).toEqual([{ line: 4, message: expect.stringMatching(/row longer than 32 MB is skipped/) }]);
      expect(recordsFromTable(r.records).map((x) => x.line)).toEqual([2, 3, 5, 6, 7]);
    },
    TIMEOUT_MS,
  );

  it(
    'a first line of 64 MB with no line end is refused, naming the file, before it is held whole',
    async () => {
      const e = await failure(
        importBytes(repeated('start,end,', 64 << 20, 64 << 10), { fileName: 'one-line.csv', settings }),
      );
      expect(e.message).toMatch(/^one-line\.csv: its first line runs past 4 MB without a line end/);
    },
    TIMEOUT_MS,
  );

  it(
    'a gzip of one 1 GiB line with no line end is refused after its first megabytes (it never ended before)',
    async () => {
      const path = join(dir, 'one-line.csv.gz');
      // 1 GiB of "x" in about 1 MB of gzip: under the 200-fold guard until 200 MB have inflated
      writeGzipBomb(path, 'start,end,', Buffer.from('x'), 1024 ** 3);
      const e = await failure(importFile(path, { fileName: 'one-line.csv.gz', settings }));
      expect(e.message).toMatch(/^one-line\.csv\.gz: its first line runs past 4 MB/);
    },
    TIMEOUT_MS,
  );

  it(
    'NDJSON: a 40 MB line is skipped with a diagnostic on its line; the lines around it are read',
    async () => {
      const rec = (day: number): string =>
        `{"start":"2024-01-${day}T00:00:00Z","end":"2024-01-${day}T01:00:00Z","service":"api"}\n`;
      const r = await importBytes(
        streamed(rec(10), rec(11), '{"title":"', repeated('y', 40 << 20, 16 << 10), '"}\n', rec(12)),
        { fileName: 'long-line.ndjson', settings },
      );
      expect(r.source.records).toBe(3);
      expect(problems(r)).toEqual([{ line: 3, message: expect.stringMatching(/line longer than 32 MB is skipped/) }]);
      expect(recordsFromTable(r.records).map((x) => x.line)).toEqual([1, 2, 4]);
    },
    TIMEOUT_MS,
  );

  it(
    'JSON: a 24 MB record in 16 KB chunks is read, a 40 MB one skipped with a diagnostic on its line',
    async () => {
      const rec = (day: number, title = ''): string =>
        `{"start":"2024-01-${day}T00:00:00Z","end":"2024-01-${day}T01:00:00Z","service":"api","title":"${title}`;
      const r = await importBytes(
        streamed(
          '[\n',
          rec(10, 'a'),
          '"},\n',
          rec(11),
          repeated('z', 24 << 20, 16 << 10),
          '"},\n',
          rec(12),
          repeated('w', 40 << 20, 16 << 10),
          '"},\n',
          rec(13, 'd'),
          '"}\n]',
        ),
        { fileName: 'long-record.json', settings },
      );
      expect(r.source.records).toBe(3);
      expect(r.source.skipped).toBe(1);
      expect(problems(r)).toEqual([{ line: 4, message: expect.stringMatching(/record longer than 32 MB is skipped/) }]);
      const records = recordsFromTable(r.records);
      expect(records.map((x) => x.line)).toEqual([2, 3, 5]);
      expect(records[1]!.title!.length).toBe(24 << 20);
    },
    TIMEOUT_MS,
  );
});
