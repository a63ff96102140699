import { isAssumption } from '../../core/import/shape/diagnostics';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../core/import';
import { DEFAULT_SETTINGS } from '../../core/model/settings';
import { recordsFromTable } from '../../core/model/record-table';

/**
 * Issue 19 item 3, JSON: a first record with 20,000 keys made every later row 20,000 cells wide (85 s for
 * 50,000 small records), and a record nested 6,000 deep ended the import with "Maximum call stack size
 * exceeded". A slow run fails by the test's timeout.
 */
const settings = DEFAULT_SETTINGS.import;
const enc = new TextEncoder();

const record = (k: number): string => {
  const day = new Date(Date.UTC(2024, 0, 1) + (k % 366) * 86_400_000).toISOString().slice(0, 10);
  return `{"start":"${day}T00:00:00Z","end":"${day}T01:00:00Z","service":"s${k % 7}"}`;
};

function* ndjson(lines: Iterable<string>, perChunk = 1000): Generator<Uint8Array> {
  let text = '';
  let n = 0;
  for (const l of lines) {
    text += l + '\n';
    if (++n % perChunk === 0) {
      yield enc.encode(text);
      text = '';
    }
  }
  if (text) yield enc.encode(text);
}

function* range(from: number, to: number): Generator<number> {
  for (let k = from; k < to; k++) yield k;
}

describe('JSON records of hostile shapes (issue 19 item 3)', () => {
  it('a first record with 20,000 keys and 50,000 small ones after it: every record is read', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',');
    const wide = `{${keys},"start":"2024-01-01T00:00:00Z","end":"2024-01-01T00:30:00Z","service":"wide"}`;
    const lines = (function* () {
      yield wide;
      for (const k of range(0, 50_000)) yield record(k);
    })();
    const r = await importBytes(ndjson(lines), { fileName: 'wide-first.ndjson', settings });
    expect(r.source.records).toBe(50_001);
    expect(r.columns.length).toBe(20_003);
    const recs = recordsFromTable(r.records);
    expect(recs[0]).toMatchObject({ service: 'wide', line: 1 });
    // the wide record's 20,000 other keys are no column any later row is written across
    expect(recs[1]).toMatchObject({ service: 's0', line: 2 });
  }, 60_000);

  it('a record nested 6,000 deep is one skipped record with a diagnostic; the others are read', async () => {
    const deep = `{"start":"2024-01-05T00:00:00Z","end":"2024-01-05T01:00:00Z","x":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}`;
    const deepArray = `{"start":"2024-01-06T00:00:00Z","end":"2024-01-06T01:00:00Z","service":${'['.repeat(6000)}${']'.repeat(6000)}}`;
    const lines = [record(0), deep, record(1), deepArray, record(2)];
    for (const [name, bytes] of [
      ['deep.ndjson', ndjson(lines)],
      ['deep.json', [enc.encode(`[\n${lines.join(',\n')}\n]`)]],
    ] as const) {
      const r = await importBytes(bytes, { fileName: name, settings });
      expect(r.source.records, name).toBe(3);
      expect(r.source.skipped, name).toBe(2);
      // NDJSON: lines 2 and 4; the array: each element on its own line after "[" (lines 3 and 5)
      const lines = name === 'deep.ndjson' ? [2, 4] : [3, 5];
      // the problems among the diagnostics (what the import assumed is named apart, SPEC 3)
      expect(
        r.diagnostics.filter((d) => !isAssumption(d.message)),
        name,
      ).toEqual(
        lines.map((line) => ({ line, message: expect.stringMatching(/nested more than 64 levels deep is skipped/) })),
      );
    }
  }, 60_000);
});
