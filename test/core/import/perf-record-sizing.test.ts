import { describe, expect, it } from 'vitest';
import { LogImporter } from '@core/import';
import type { ImportResult } from '@core/model/import-result';
import { recordsFromTable } from '@core/model/record-table';
import type { RecordTable } from '@core/model/records';
import { textsOf } from '@core/model/text-column';
import { chunked, importSettings } from './import-helpers';

/**
 * An interval log read from a file of known size sizes its record columns once from the rows of its first
 * megabyte (LogImporterOptions.expectedBytes) instead of doubling them. The estimate is only a size: whether
 * it is right, too low (the columns then grow by an eighth at a time) or too high (trimmed by a copy at the
 * end), the records are those of the import that knows no size.
 */

const HEADER = 'id,service,start,end,severity,affected,region,title\n';

/** `n` rows; rows before `switchAt` carry a title of `firstTitle` characters, the rest one of `restTitle`. */
function intervalLog(n: number, switchAt: number, firstTitle: number, restTitle: number): Uint8Array {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const start = Date.UTC(2025, 0, 1) + i * 61_000;
    // every 7th row is open (no end), every 5th has no id, every 3rd no affected share: the sparse cells
    const end = i % 7 === 0 ? '' : new Date(start + (i % 90) * 60_000).toISOString();
    const id = i % 5 === 0 ? '' : `INC-${i}`;
    const affected = i % 3 === 0 ? '' : String(((i % 100) + 1) / 100);
    const title = (i % 2 ? 'é' : 'x').repeat(i < switchAt ? firstTitle : restTitle);
    const severity = ['major', 'partial', 'maintenance'][i % 3];
    lines.push(
      `${id},svc-${i % 11},${new Date(start).toISOString()},${end},${severity},${affected},r${i % 4},${title}\n`,
    );
  }
  return new TextEncoder().encode(lines.join(''));
}

function run(bytes: Uint8Array, expectedBytes: number | undefined, chunkSize: number): ImportResult {
  const importer = new LogImporter({ fileName: 'incidents.csv', settings: importSettings(), expectedBytes });
  for (const c of chunked(bytes, chunkSize)) importer.push(c);
  return importer.finish({ sha256: '', bytes: bytes.length });
}

function columnLengths(t: RecordTable): number[] {
  return [t.instants.start, t.instants.end, t.service, t.kind, t.line!].map((a) => a.length);
}

describe('interval record columns sized from the file size', () => {
  const cases: [string, Uint8Array][] = [
    // long rows first: the estimate is about a third of the rows, so the columns grow many times by an eighth
    ['an estimate far too low', intervalLog(30_000, 5_000, 200, 2)],
    // short rows first: the estimate is about five times the rows, so the end trims the columns by a copy
    ['an estimate far too high', intervalLog(30_000, 5_000, 2, 200)],
    ['an estimate close to right', intervalLog(30_000, 0, 20, 20)],
  ];
  for (const [name, bytes] of cases) {
    it(`${name} gives the records of an import of unknown size`, () => {
      const reference = run(bytes, undefined, 1 << 16);
      expect(reference.records.count).toBe(30_000);
      for (const expectedBytes of [bytes.length, Math.floor(bytes.length / 3), bytes.length * 3]) {
        const sized = run(bytes, expectedBytes, 1 << 16);
        expect(columnLengths(sized.records)).toEqual(columnLengths(reference.records));
        expect(columnLengths(sized.records).every((n) => n === 30_000)).toBe(true);
        // ids and titles are sized from the estimate too: exactly one entry per record, and the same text
        for (const key of ['ids', 'titles'] as const) {
          expect(sized.records[key]!.ends.length).toBe(30_000);
          expect(textsOf(sized.records[key]!)).toEqual(textsOf(reference.records[key]!));
        }
        expect(recordsFromTable(sized.records)).toEqual(recordsFromTable(reference.records));
        expect(sized.latestInstant).toBe(reference.latestInstant);
      }
    });
  }

  it('a log smaller than the sizing sample is sized once its bytes are all read', () => {
    const bytes = intervalLog(300, 0, 10, 10);
    const reference = run(bytes, undefined, 1000);
    const sized = run(bytes, bytes.length, 1000);
    expect(sized.records.count).toBe(300);
    expect(recordsFromTable(sized.records)).toEqual(recordsFromTable(reference.records));
  });
});
