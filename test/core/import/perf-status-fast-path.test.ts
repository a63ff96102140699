import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvMode } from '@core/import/containers/csv-reader';
import type { ImportResult } from '@core/model/import-result';
import { recordsFromTable } from '@core/model/record-table';
import { importCut } from './import-helpers';
import { oracleRecords } from './observed-oracle';

/**
 * The status-log hot path (issue 5): a row finds its stream by the bytes of its service and region cells
 * (trying first the stream that followed the previous one last time), a repeated timestamp reuses the last
 * value, names are interned in an open-addressed table, and a row cut by a chunk boundary is joined with
 * the next chunk's first line only. Each must give exactly what the RFC 4180 path gives and what SPEC 2
 * defines, for any bytes and any chunking.
 */

const run = (bytes: Uint8Array, cuts: number[], csvMode: CsvMode): ImportResult | string =>
  importCut(bytes, cuts, csvMode, 'probe.csv');

const T0 = Date.UTC(2024, 0, 31, 23, 50);
/** one instant in any of the spellings SPEC 2 allows: the timestamp cache must compare bytes, not guess */
const spell = (ms: number, how: number): string => {
  const iso = new Date(ms).toISOString();
  if (how === 0) return iso.slice(0, 19) + 'Z';
  if (how === 1) return iso.slice(0, 19).replace('T', ' ') + '+00:00';
  if (how === 2) return iso;
  return String(Math.floor(ms / 1000));
};
/** status words and their meaning (SPEC 3; 'weird' is unknown, so major) */
const WORDS: Record<string, string> = {
  up: 'up',
  UP: 'up',
  ok: 'up',
  down: 'major',
  fail: 'major',
  weird: 'major',
  degraded: 'degraded',
  maintenance: 'maintenance',
};
/** names that collide in interesting ways: '' and '*' are both platform-wide, 'api ' is 'api', prefixes, multi-byte */
const name = fc.constantFrom('', '*', 'api', 'api ', 'ap', 'apï', 'Ж', '東京', 'a,b', 'x"y', 'eu-west', 'eu-west-1');

const quoted = (v: string, always: boolean): string =>
  always || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

interface Row {
  t: number;
  service: string;
  region: string;
  word: string;
}

const statusLog = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    streams: fc.array(fc.tuple(name, name), { minLength: 1, maxLength: 6 }),
    rows: fc.array(
      fc.record({
        stream: fc.nat(),
        // minutes advance slowly, so many rows share a timestamp; a day's step keeps the time of day
        step: fc.constantFrom(0, 0, 0, 1, 1, 7, 15, 1440),
        spelling: fc.nat(3),
        word: fc.constantFrom(...Object.keys(WORDS)),
        quoteAll: fc.boolean(),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  })
  .map(({ bom, eol, streams, rows }) => {
    let t = T0;
    const data: Row[] = [];
    const lines = ['timestamp,service,region,status'];
    for (const r of rows) {
      t += r.step * 60_000;
      const [service, region] = streams[r.stream % streams.length]!;
      data.push({ t, service, region, word: r.word });
      const cells = [spell(t, r.spelling), service, region, r.word];
      lines.push(cells.map((v) => quoted(v, r.quoteAll && v !== '')).join(','));
    }
    return {
      rows: data,
      bytes: new TextEncoder().encode((bom ? '\uFEFF' : '') + lines.join(eol) + eol),
    };
  });

/** SPEC 2 (observed time included) written out plainly (observed-oracle.ts), for rows in time order. */
function specRecords(rows: readonly Row[]) {
  return oracleRecords(
    rows.flatMap((r) => {
      // SPEC 1: a cell listing several services (`a,b`) is a row of each; empty or `*`: platform-wide
      const names = r.service
        .split(/[,;|]/)
        .map((n) => n.trim())
        .filter((n) => n !== '');
      const services = names.length === 0 || names.includes('*') ? [null] : names;
      return services.map((service) => ({
        t: r.t,
        service,
        region: r.region.trim() === '' ? undefined : r.region.trim(),
        meaning: WORDS[r.word]!,
      }));
    }),
  );
}

const records = (r: ImportResult | string) =>
  typeof r === 'string' ? r : recordsFromTable(r.records).map(({ line: _line, ...rest }) => rest);

describe('status logs: fast path and RFC 4180 fallback', () => {
  it('give identical records, samples and diagnostics for any chunking, and the records SPEC 2 defines', () => {
    fc.assert(
      fc.property(statusLog, fc.array(fc.nat(), { maxLength: 12 }), ({ rows, bytes }, cuts) => {
        const reference = run(bytes, [], 'rfc4180');
        const fast = run(bytes, cuts, 'auto');
        expect(fast).toEqual(reference);
        expect(run(bytes, cuts, 'rfc4180')).toEqual(reference);
        expect(records(fast)).toEqual(specRecords(rows));
      }),
      { numRuns: 400 },
    );
  });

  it('give identical results with a chunk boundary at every byte', () => {
    fc.assert(
      fc.property(statusLog, ({ bytes }) => {
        const everyByte = Array.from({ length: bytes.length }, (_, i) => i);
        expect(run(bytes, everyByte, 'auto')).toEqual(run(bytes, [], 'rfc4180'));
      }),
      { numRuns: 100 },
    );
  });
});

describe('repeated timestamps', () => {
  it('are read anew when only their first bytes differ (same length, every remainder of length / 4)', () => {
    // pairs of equal length that differ only in the first byte(s): epoch seconds (10 bytes: 2 compared one
    // by one), ISO with Z (20 bytes: all in 4-byte words), ISO with fraction and offset (29 bytes: 1 alone)
    const pairs = [
      ['1700000000', '2700000000'],
      ['2024-05-01T00:00:00Z', '2124-05-01T00:00:00Z'],
      ['2024-05-01T00:00:00.000+00:00', '2124-05-01T00:00:00.000+00:00'],
    ];
    for (const [a, b] of pairs) {
      const text = `timestamp,service,status\n${a},api,down\n${b},api,up\n`;
      const r = run(new TextEncoder().encode(text), [], 'auto');
      expect(records(r)).toEqual([
        { start: Date.parse(isoOf(a!)), end: Date.parse(isoOf(b!)), service: 'api', severity: 'major', open: false },
      ]);
    }
  });
});

const isoOf = (s: string): string => (/^\d+$/.test(s) ? new Date(Number(s) * 1000).toISOString() : s);

describe('status logs at scale', () => {
  it('match SPEC 2 run by run with thousands of streams (tables grow, cycle guesses hit and miss)', () => {
    // 3,000 streams: far past the first sizes of the name and stream tables. Each minute visits the streams
    // in one fixed cycle (the guess of the next stream hits) except every 7th minute, which goes backwards.
    const services = Array.from({ length: 300 }, (_, i) => `svc-${i}`);
    const regions = ['eu', 'us', 'ap', 'sa', 'af', 'me', 'cn', 'in', 'au', 'ca'];
    const lines = ['timestamp,service,region,status'];
    const rows: Row[] = [];
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let minute = 0; minute < 20; minute++) {
      const t = T0 + minute * 60_000;
      const order = services.flatMap((s) => regions.map((g) => [s, g] as const));
      if (minute % 7 === 6) order.reverse();
      for (const [s, g] of order) {
        const u = random();
        const word = u < 0.05 ? 'down' : u < 0.07 ? 'degraded' : u < 0.08 ? 'maintenance' : 'up';
        rows.push({ t, service: s, region: g, word });
        lines.push(`${spell(t, 0)},${s},${g},${word}`);
      }
    }
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const r = run(
      bytes,
      Array.from({ length: 40 }, (_, i) => i * 49_999),
      'auto',
    );
    expect(records(r)).toEqual(specRecords(rows));
    if (typeof r === 'string') return;
    // sample counts per service (300), over its regions
    expect(r.samples!.streams).toHaveLength(300);
    expect(r.samples!.streams.reduce((n, s) => n + s.all.reduce((a, b) => a + b, 0), 0)).toBe(60_000);
  });
});
