import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '@core/import';
import { sameThreadSecondCore } from '@core/import/source/parallel-read/read-second-part';
import { threadSecondCore } from '@core/import/source/parallel-read/helper-thread';
import type { SecondCore } from '@core/import/source/parallel-read/status-log-halves';
import type { ImportResult } from '@core/model/import-result';
import { recordsFromTable } from '@core/model/record-table';
import type { OutageRecord } from '@core/model/records';
import { importSettings } from './import-helpers';

/**
 * A large status log is read by two threads: the first reads up to a line end near the middle, the second
 * the rest behind a copy of the header, and the first takes in the second's summary (core/import/
 * log-half.ts). Whatever the bytes (runs crossing the cut, streams first seen after it, unknown words
 * in both halves, rejected rows, rows out of time order, a quoted line end at the cut), the import must
 * equal the one-thread import of the same file: records, samples, rows, diagnostics and their lines.
 */

const dir = mkdtempSync(join(tmpdir(), 'sla-two-core-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

function fileOf(text: string): string {
  const path = join(dir, `log-${files++}.csv`);
  writeFileSync(path, text);
  return path;
}

const importWith = (path: string, secondCore?: SecondCore): Promise<ImportResult | string> =>
  importFile(path, { fileName: 'probe.csv', settings: importSettings(), secondCore }).catch((e: Error) => e.message);

/** The second half on this thread, counting the halves it was given (a log too short to cut gets none). */
function countingSecondCore(): SecondCore & { calls: number } {
  const core = sameThreadSecondCore();
  const counted = {
    calls: 0,
    minBytes: core.minBytes,
    run: (...args: Parameters<SecondCore['run']>) => (counted.calls++, core.run(...args)),
  };
  return counted;
}

/**
 * Checks, for `numRuns` logs of `logs`, that an import offered a second core equals the one-thread import;
 * returns how many of those imports the second core was asked to read a half of.
 */
async function secondCoreCallsWhileEqual(logs: fc.Arbitrary<string>, numRuns: number): Promise<number> {
  const second = countingSecondCore();
  await fc.assert(
    fc.asyncProperty(logs, async (text) => {
      const path = fileOf(text);
      expect(await importWith(path, second)).toEqual(await importWith(path));
    }),
    { numRuns },
  );
  return second.calls;
}

const STREAMS = ['api,us', 'api,eu', 'db,us', ' db ,us', '*,us', 'auth,', 'Ж,東京'];
const WORDS = ['up', 'up', 'up', 'up', 'down', 'degraded', 'maintenance', 'weird', 'odd', ''];

const statusLog = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    rows: fc.array(
      fc.record({
        stream: fc.nat(STREAMS.length - 1),
        step: fc.constantFrom(0, 0, 1, 1, 5, -3),
        word: fc.constantFrom(...WORDS),
        bad: fc.constantFrom(null, null, null, null, null, null, null, 'not a time', ''),
        note: fc.constantFrom('1', '', '"a ""b"""', '"two\nlines"'),
      }),
      { minLength: 1, maxLength: 80 },
    ),
  })
  .map(({ bom, eol, rows }) => {
    let t = Date.UTC(2025, 0, 31, 23, 30);
    const lines = ['timestamp,service,region,status,note'];
    for (const r of rows) {
      t += r.step * 60_000;
      const ts = r.bad ?? new Date(t).toISOString().slice(0, 19) + 'Z';
      lines.push(`${ts},${STREAMS[r.stream]},${r.word},${r.note}`);
    }
    return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
  });

describe('a status log read on two cores', () => {
  it('equals the one-thread import for any log (second half read on this thread)', async () => {
    // only a log whose middle falls in its last line is read on one thread
    expect(await secondCoreCallsWhileEqual(statusLog, 150)).toBeGreaterThan(100);
  });

  it("numbers the second half's lines after the first's and reports an unknown word once", async () => {
    // 40 rows of one stream; "weird" (unknown) on the rows of lines 3 and 40, a bad timestamp on line 39.
    // The cut falls after the middle line end, so line 39 and 40 are read by the second half.
    const lines = ['timestamp,service,status'];
    for (let i = 0; i < 40; i++) {
      const ts = i === 37 ? 'never' : new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
      lines.push(`${ts},api,${i === 1 || i === 38 ? 'weird' : 'up'}`);
    }
    const path = fileOf(lines.join('\n') + '\n');
    const second = countingSecondCore();
    const two = await importWith(path, second);
    expect(second.calls).toBe(1);
    expect(two).toEqual(await importWith(path));
    const r = two as ImportResult;
    // and line 0: how the log was read (SPEC 2 observed time), said once for the whole log
    expect(r.diagnostics.map((d) => d.line)).toEqual([3, 39, 0]);
    expect(r.diagnosticsTotal).toBe(3);
    // runs: up 00:00, weird (major) 00:01, up 00:02 .. 00:37, weird 00:38, up 00:39 (line 39's row rejected)
    expect(r.records.count).toBe(2);
    expect(Array.from(r.records.line!)).toEqual([3, 40]);
  });

  it('is read on one thread when blank lines come before the header', async () => {
    const rows = ['timestamp,service,status'];
    for (let i = 0; i < 30; i++)
      rows.push(`${new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()},api,${i === 9 ? 'down' : 'up'}`);
    const path = fileOf('\n\r\n' + rows.join('\n') + '\n');
    const second = countingSecondCore();
    const two = await importWith(path, second);
    expect(second.calls).toBe(0);
    expect(two).toEqual(await importWith(path));
    expect((two as ImportResult).records.count).toBe(1);
  });

  it('reads on by itself when a quoted line end spans the cut', async () => {
    const rows = ['timestamp,service,status,note'];
    for (let i = 0; i < 30; i++) rows.push(`${new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString()},api,up,x`);
    const head = rows.join('\n') + '\n';
    // a note whose quoted text holds many line ends, centred on the middle of the file
    const note = `"${'line\n'.repeat(200)}"`;
    const text = `${head}2025-01-01T01:00:00Z,api,down,${note}\n${head.slice(head.indexOf('\n') + 1)}`;
    const path = fileOf(text);
    const second = countingSecondCore();
    const two = await importWith(path, second);
    expect(second.calls).toBe(1);
    expect(two).toEqual(await importWith(path));
    expect((two as ImportResult).source.skipped).toBe(0);
  });
});

const SERVICES = ['api', ' api', '*', '', 'db', 'Ж', 'svc-1'];
const SEVERITIES = ['major', 'partial', 'minor', 'degraded', 'maintenance', 'up', 'weird', 'odd', ''];
const intervalLog = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    withIds: fc.boolean(),
    rows: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 40 * 24 * 60 }),
        minutes: fc.constantFrom(0, 1, 30, 600, -5, null),
        service: fc.constantFrom(...SERVICES),
        region: fc.constantFrom('', 'eu', 'us', '東京'),
        severity: fc.constantFrom(...SEVERITIES),
        affected: fc.constantFrom('', '0.25', '1', '40%', '7', 'x'),
        id: fc.constantFrom('', 'INC-1', 'INC-22', '"a,b"', 'ÿd'),
        offset: fc.constantFrom('Z', '+05:30', '-08:00'),
      }),
      { minLength: 1, maxLength: 60 },
    ),
  })
  .map(({ eol, withIds, rows }) => {
    const t0 = Date.UTC(2025, 0, 20);
    const iso = (ms: number, offset: string): string => {
      const shift =
        offset === 'Z'
          ? 0
          : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))) * 60_000;
      return new Date(ms + shift).toISOString().slice(0, 19) + offset;
    };
    const lines = [`${withIds ? 'id,' : ''}service,start,end,severity,affected_fraction,region`];
    for (const r of rows) {
      const start = t0 + r.start * 60_000;
      const end = r.minutes === null ? '' : iso(start + r.minutes * 60_000, r.offset);
      const cells = [r.service, iso(start, r.offset), end, r.severity, r.affected, r.region];
      lines.push((withIds ? `${r.id},` : '') + cells.join(','));
    }
    return lines.join(eol) + eol;
  });

describe('an interval log', () => {
  it('is read on one thread, as without a second core (a second parser measured no faster: log-half.ts)', async () => {
    expect(await secondCoreCallsWhileEqual(intervalLog, 30)).toBe(0);
  });
});

describe('the second core as a worker thread', () => {
  let entry = '';
  beforeAll(async () => {
    // a bundle whose first act is serveSecondHalf(), as the CLI, the bench and the app's import worker are
    entry = join(dir, 'second-half-entry.js');
    const source = join(dir, 'second-half-entry.ts');
    writeFileSync(
      source,
      `import { serveSecondHalf } from ${JSON.stringify(join(__dirname, '../../../core/import/source/parallel-read/helper-thread'))};\nserveSecondHalf();\n`,
    );
    await build({
      entryPoints: [source],
      outfile: entry,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
  });

  it('gives the one-thread import, progress from both threads, and stops on cancel', async () => {
    const lines = ['timestamp,service,region,status,latency_ms'];
    for (let m = 0; m < 3000; m++) {
      const ts = new Date(Date.UTC(2025, 0, 1) + m * 60_000).toISOString();
      for (const s of ['api,us', 'api,eu', 'db,us']) lines.push(`${ts},${s},${m % 500 === 7 ? 'down' : 'up'},12`);
    }
    const path = fileOf(lines.join('\n') + '\n');
    // as on a machine with the cores a split needs (this one may have two)
    const thread = { ...threadSecondCore(entry, 4)!, minBytes: 0 };
    let lastProgress = { bytesRead: 0, rows: 0 };
    const two = await importFile(path, {
      fileName: 'probe.csv',
      settings: importSettings(),
      secondCore: thread,
      onProgress: (p) => (lastProgress = p),
    });
    expect(two).toEqual(await importWith(path));
    // 3,000 minutes x 3 streams; every 500th minute (7, 507, ...) down: 6 runs per stream
    expect(two.source.rows).toBe(9000);
    expect(two.records.count).toBe(18);
    expect(lastProgress.rows).toBe(9000);

    const stop = new AbortController();
    stop.abort();
    await expect(
      importFile(path, { fileName: 'probe.csv', settings: importSettings(), secondCore: thread, signal: stop.signal }),
    ).rejects.toThrow('import cancelled');
    // and the next import works
    expect(await importWith(path, thread)).toEqual(two);
  });
});

describe('an import that keeps no texts', () => {
  it('has the same records without ids, titles and lines, grouped by service, on one thread and on two', async () => {
    const lines = ['id,title,service,start,end,severity'];
    const services = ['api', 'web', '', 'db'];
    for (let i = 0; i < 400; i++) {
      // 50 starts, so each service has several rows of one start (their order is the log's); '' is platform-wide
      const at = Date.UTC(2025, 0, 1) + ((i * 17) % 50) * 3_600_000;
      const s = new Date(at).toISOString();
      const e = new Date(at + (i + 1) * 60_000).toISOString();
      lines.push(`INC-${i},"Outage ${i}, again",${services[i % 4]},${s},${e},major`);
    }
    const path = fileOf(lines.join('\n') + '\n');
    const full = (await importWith(path)) as ImportResult;
    expect(full.records.groups).toBeNull();
    // the log's records as RecordTable.groups promises them: platform-wide first, then by service code, each
    // group by start, ties in log order (a stable sort of the log order)
    const group = (r: OutageRecord): number => (r.service === null ? 0 : 1 + full.records.services.indexOf(r.service));
    const expected = recordsFromTable(full.records)
      .map(({ title: _title, id: _id, ...r }) => ({ ...r, line: 0 }))
      .sort((a, b) => group(a) - group(b) || a.start - b.start);
    for (const secondCore of [undefined, countingSecondCore()]) {
      const bare = await importFile(path, {
        fileName: 'probe.csv',
        settings: importSettings(),
        keepTexts: false,
        secondCore,
      });
      expect(bare.records.ids).toBeUndefined();
      expect(bare.records.titles).toBeUndefined();
      // lines are read only by incident rows, which an import without texts never lists
      expect(bare.records.line).toBeNull();
      expect(recordsFromTable(bare.records)).toEqual(expected);
      expect(Array.from(bare.records.groups!)).toEqual([0, 100, 200, 300, 400]);
      // on shared memory: a worker thread sweeps `*` from it in place
      expect(bare.records.instants.start.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(bare.source).toEqual(full.source);
    }
    expect(full.records.ids).toBeDefined();
  });
});
