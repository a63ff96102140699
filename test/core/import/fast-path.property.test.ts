import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvMode } from '@core/import/containers/csv-reader';
import type { ImportResult } from '@core/model/import-result';
import { importCut } from './import-helpers';

const run = (bytes: Uint8Array, cuts: number[], csvMode: CsvMode): ImportResult | string =>
  importCut(bytes, cuts, csvMode, 'prop.csv');

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', '☁', '東', '🙂', 'x'),
  maxLength: 8,
});
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const word = fc.constantFrom('major', 'Minor', 'degraded', 'maintenance', 'weird', '');

/** A cell as a CSV writer might emit it: quoted when it must be, and sometimes when it need not. */
const cell = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(value, fc.boolean())
    .map(([v, quoteAnyway]) => (quoteAnyway || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v));

const csvLog = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    rows: fc.array(fc.tuple(cell(instant), cell(instant), cell(text), cell(word), cell(text)), {
      minLength: 1,
      maxLength: 12,
    }),
    blankLines: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map(({ bom, eol, rows, blankLines, finalEol }) => {
    const lines = ['start,end,service,severity,title', ...rows.map((r) => r.join(','))];
    const body = lines.join(blankLines ? eol + eol : eol) + (finalEol ? eol : '');
    return new TextEncoder().encode((bom ? '\uFEFF' : '') + body);
  });

describe('CSV fast path and RFC 4180 fallback', () => {
  it('give identical records, diagnostics and errors for any chunking', () => {
    fc.assert(
      fc.property(csvLog, fc.array(fc.nat(), { maxLength: 10 }), (bytes, cuts) => {
        const reference = run(bytes, [], 'rfc4180');
        expect(run(bytes, cuts, 'auto')).toEqual(reference);
        expect(run(bytes, cuts, 'rfc4180')).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('give identical results with a chunk boundary at every byte (inside every field and every character)', () => {
    fc.assert(
      fc.property(csvLog, (bytes) => {
        const everyByte = Array.from({ length: bytes.length }, (_, i) => i);
        expect(run(bytes, everyByte, 'auto')).toEqual(run(bytes, [], 'rfc4180'));
      }),
      { numRuns: 100 },
    );
  });

  it('read what was written: each quoted value comes back exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          // a cell listing services (`a, b`, `a;b`, `a|b`, a JSON array) gives one record each (SPEC 1):
          // this property is about one name, quoted
          text.filter((t) => t.trim() !== '' && t.trim() !== '*' && !/[,;|]/.test(t) && !t.trim().startsWith('[')),
          { minLength: 1, maxLength: 6 },
        ),
        (services) => {
          const rows = services.map((s) => `2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,"${s.replace(/"/g, '""')}"`);
          const bytes = new TextEncoder().encode(`start,end,service\r\n${rows.join('\r\n')}`);
          const r = run(bytes, [3, 17, 40, 41], 'auto');
          if (typeof r === 'string') throw new Error(r);
          // names are trimmed of spaces and line breaks at their edges
          const expected = services.map((s) => s.replace(/^[ \r\n]+|[ \r\n]+$/g, ''));
          expect([...r.records.service].map((i) => r.records.services[i])).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
