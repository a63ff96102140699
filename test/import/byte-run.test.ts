import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteRun, viewOf } from '@core/import/byte-run';

/** ByteRun compares four bytes at a time: it must answer exactly what a byte-by-byte comparison answers. */
describe('ByteRun', () => {
  it('finds a run exactly where its bytes are, for every length and offset, reused at any size', () => {
    // a small alphabet so that equal runs, and runs equal but for one byte, are common
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 60 }).map((a) => a.map((b) => b % 3));
    fc.assert(
      fc.property(bytes, bytes, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (a, b, sets) => {
        const run = new ByteRun();
        const view = viewOf(b);
        for (const [x, y, p] of sets) {
          const start = x % a.length;
          const end = start + (y % (a.length - start + 1));
          run.set(a, start, end);
          const at = p % (b.length - (end - start) + 1 || 1);
          if (at + end - start > b.length) continue;
          const same = a.subarray(start, end).every((v, k) => b[at + k] === v);
          expect(run.at(b, view, at)).toBe(same);
          expect(run.length).toBe(end - start);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a copy: changing the source afterwards does not change the run', () => {
    const src = new TextEncoder().encode('2025-01-01T00:00:00Z,');
    const run = new ByteRun().set(src, 0, src.length);
    const copy = src.slice();
    src[3] = 0x39;
    expect(run.at(copy, viewOf(copy), 0)).toBe(true);
    expect(run.at(src, viewOf(src), 0)).toBe(false);
  });
});
