import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonChunks } from '../../../core/print/json-chunks';

const text = (entries: Iterable<readonly [string, unknown]>): string => [...jsonChunks(entries)].join('');

describe('jsonChunks: JSON.stringify(object, null, 2) an entry and an element at a time', () => {
  it('writes the text JSON.stringify writes, for any JSON object (property)', () => {
    // strings with line breaks, quotes and non-ASCII, nested arrays and objects, empty ones, nulls
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        expect(text(Object.entries(object))).toBe(JSON.stringify(object, null, 2) + '\n');
      }),
      { numRuns: 300 },
    );
  });

  it('writes a generator as the array of its elements, and leaves out undefined entries', () => {
    function* rows(): Generator<unknown> {
      yield { service: 'api', month: '2024-01', counts: { major: 1 } };
      yield { service: 'web\nsecond line', month: null };
    }
    const object = { source: { file: 'a.csv', at: new Date(0) }, months: [...rows()], none: [] };
    expect(
      text([
        ['source', object.source],
        ['months', rows()],
        ['none', (function* () {})()],
        ['gone', undefined],
      ]),
    ).toBe(JSON.stringify(object, null, 2) + '\n');
  });
});
