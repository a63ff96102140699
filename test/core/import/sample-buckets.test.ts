import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUCKET_MS, SampleBuckets } from '../../../core/import/records/sample-buckets';

const HOUR = 3_600_000;

/** Samples (up / all / maintenance) whose bucket starts before `edge`, from the kept entries. */
function before(s: ReturnType<SampleBuckets['sorted']>, edge: number): [number, number, number] {
  let up = 0;
  let all = 0;
  let mx = 0;
  for (let k = 0; k < s.at.length && s.at[k]! < edge; k++) {
    up += s.up[k]!;
    all += s.all[k]!;
    mx += s.maintenance[k]!;
  }
  return [up, all, mx];
}

describe('a service sample counts', () => {
  it('give every zone the same month sums after buckets inside a month are added together', () => {
    // samples in time order over three months of 2025, one every 1 to 200 minutes; each a fresh 15-minute bucket
    // often, so the entries overflow their room many times and are compacted
    const samples = fc.array(
      fc.record({ gap: fc.integer({ min: 1, max: 200 }), up: fc.boolean(), maintenance: fc.boolean() }),
      { minLength: 1, maxLength: 2_000 },
    );
    fc.assert(
      fc.property(samples, (list) => {
        const kept = new SampleBuckets();
        const plain: { t: number; up: number; mx: number }[] = [];
        let t = Date.UTC(2025, 0, 31, 0, 0);
        for (const s of list) {
          t += s.gap * 60_000;
          kept.add(t, s.up, s.maintenance, 1);
          plain.push({ t, up: s.up ? 1 : 0, mx: s.maintenance && !s.up ? 1 : 0 });
        }
        const sorted = kept.sorted();
        const bucketStart = (x: number): number => Math.floor(x / BUCKET_MS) * BUCKET_MS;
        // the report's range starts and ends at the first and last samples' buckets
        expect(sorted.at[0]).toBe(bucketStart(plain[0]!.t));
        expect(sorted.at[sorted.at.length - 1]).toBe(bucketStart(plain[plain.length - 1]!.t));
        // every month start of every zone from UTC-14 to UTC+14 in 15-minute steps
        for (const month of [1, 2, 3])
          for (let offset = -14 * HOUR; offset <= 14 * HOUR; offset += BUCKET_MS) {
            const edge = Date.UTC(2025, month, 1) - offset;
            const want = plain
              .filter((p) => bucketStart(p.t) < edge)
              .reduce<[number, number, number]>((a, p) => [a[0] + p.up, a[1] + 1, a[2] + p.mx], [0, 0, 0]);
            expect(before(sorted, edge)).toEqual(want);
          }
      }),
      { numRuns: 40 },
    );
  });

  it('keep a few entries per month, not one per sample, for samples on many clocks', () => {
    const kept = new SampleBuckets();
    // one sample every 7 minutes for a year: 75,086 samples in 35,040 buckets
    let n = 0;
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 7 * 60_000, n++) kept.add(t, true, false, 1);
    const s = kept.sorted();
    expect(s.all.reduce((a, b) => a + b, 0)).toBe(n);
    // per month: one entry for its inside, and at most the buckets within 14 hours of its two edges
    // (2 x 14 x 4 = 112), so at most 12 x 113 + the last entry
    expect(s.at.length).toBeLessThanOrEqual(12 * 113 + 1);
  });
});
