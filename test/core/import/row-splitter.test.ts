import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCut } from './import-helpers';
import { NameCache } from '../../../core/import/source/wasm/name-cache';
import { SPLITTER_MEMORY, splitterInstance } from '../../../core/import/source/wasm/row-splitter-module';

/**
 * The WebAssembly row splitter (core/import/source/wasm/row-splitter.wat) reads an interval log's start and end
 * itself when they are in a common form with a UTC offset, and leaves every other spelling to timestamp.ts;
 * it also hands over the ids of names (severity word, service, region) it finds in its caches, which the
 * importer fills as it interns names itself. Whatever the log, the records and diagnostics must be those of
 * the RFC 4180 path, which uses neither.
 */

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Timestamps near the forms the splitter reads: valid, off by one field, or spelled another way. */
const timestamp = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1999, max: 2031 }), fc.constantFrom(0, 1, 1900, 2100, 9999)),
    // ranges and their edges: a field just out of range must be rejected, one just in range read
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 2, 12, 13)),
    // days past a month's end (29-31 February, 31 April), and leap years among the years
    day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 28, max: 32 }), fc.constant(0)),
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(23, 24)),
    minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(59, 60)),
    // 60 is a leap second, which timestamp.ts reads as the next minute
    second: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(60, 61)),
    sep: fc.constantFrom('T', 'T', 't', ' ', '_'),
    fraction: fc.constantFrom('', '', '.5', '.05', '.123', ',999', '.1234', '.99999', '.', '.x'),
    space: fc.constantFrom('', '', ' '),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', 'UTC', 'GMT', '', 'Zx', '+1:00'),
      // offsets: hours 0..24 and minutes at and past their edges, as +HH:MM, +HHMM or +HH
      fc
        .tuple(fc.constantFrom('+', '-'), fc.constantFrom(0, 5, 14, 23, 24), fc.constantFrom(0, 30, 59, 60))
        .chain(([sign, h, m]) =>
          fc.constantFrom(`${sign}${pad(h, 2)}:${pad(m, 2)}`, `${sign}${pad(h, 2)}${pad(m, 2)}`, `${sign}${pad(h, 2)}`),
        ),
    ),
    digit: fc.option(fc.tuple(fc.nat(18), fc.constantFrom('a', '/', ':', ' ')), { freq: 6 }),
  })
  .map((p) => {
    let s = `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}${p.sep}${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}`;
    // now and then one character of the date and time is not what the form wants
    if (p.digit) s = s.slice(0, p.digit[0]) + p.digit[1] + s.slice(p.digit[0] + 1);
    return `${s}${p.fraction}${p.space}${p.zone}`;
  });

describe('timestamps read by the row splitter', () => {
  it('are the instants timestamp.ts reads, and what it rejects is rejected with the same message', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(timestamp, timestamp), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, cuts) => {
          const text = ['id,service,start,end', ...rows.map(([a, b], i) => `I${i},api,${a},${b}`)].join('\n') + '\n';
          const bytes = new TextEncoder().encode(text);
          expect(importCut(bytes, cuts, 'auto', 'incidents.csv')).toEqual(
            importCut(bytes, [], 'rfc4180', 'incidents.csv'),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('hand over the ids the importer gave the same names, and nothing for a name they do not hold', () => {
    // names that share a cache slot's key (length and bytes 0, n/4, n/2, 3n/4, n-1) yet differ (abcdefgh and
    // aBcdefgh; the 48-byte pair), padded copies of
    // one name, the platform's `*`, empty cells, names past the 48 bytes a slot holds, multi-byte names, and
    // an unknown severity word (reported once, on its first line)
    const names = fc.constantFrom(
      'api',
      'abi',
      'aPi',
      ' api',
      'api ',
      '*',
      '',
      'a'.repeat(48),
      'a'.repeat(49),
      'a'.repeat(20) + 'b' + 'a'.repeat(27),
      'auth',
      'ath',
      'ayyh',
      'axyh',
      'abcdefgh',
      'aBcdefgh',
      'Ж',
      'Жx',
      '東京',
      'eu-west',
      'eu-east',
      'eu_west',
    );
    const words = fc.constantFrom('major', 'minor', 'degraded', 'maintenance', 'weird', 'wierd', ' major', '');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(words, names, names), { minLength: 41, maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (rows, cuts) => {
          const text =
            [
              'id,service,start,end,severity,region',
              // the rows 25 times over: the splitter looks names up a batch of 1,024 rows ahead of the importer,
              // so only rows past the first batch meet names the importer has cached
              ...Array.from({ length: 25 }, () => rows)
                .flat()
                .map(([w, s, r], i) => `I${i},${s},2025-01-01T00:0${i % 10}:00Z,2025-01-01T01:00:00Z,${w},${r}`),
            ].join('\n') + '\n';
          const bytes = new TextEncoder().encode(text);
          expect(importCut(bytes, cuts, 'auto', 'incidents.csv')).toEqual(
            importCut(bytes, [], 'rfc4180', 'incidents.csv'),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the name caches', () => {
  it('find a name in the slot JavaScript taught it to: both sides compute the same slot', () => {
    const M = SPLITTER_MEMORY;
    const wasm = splitterInstance();
    // rows of one cell, a name column
    wasm.i32[M.delimiter] = 44;
    wasm.i32[M.cellsKept] = 1;
    wasm.i32[M.instantColumnA] = -1;
    wasm.i32[M.instantColumnB] = -1;
    wasm.i32[M.nameColumnCount] = 1;
    wasm.i32[M.nameColumnsFrom] = 0;
    const cache = new NameCache(wasm);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z0-9_.*Жé東-]{1,16}$/), fc.nat(1_000_000), (name, id) => {
        const bytes = new TextEncoder().encode(name + '\n');
        fc.pre(bytes.length - 1 <= M.cacheNameMax);
        wasm.loadChunk(bytes);
        cache.teach(0, bytes, 0, bytes.length - 1, id);
        wasm.exports.split(0, bytes.length);
        expect(wasm.i32[M.rows]).toBe(1);
        expect(wasm.i32[M.idsAt >> 2]).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });
});
