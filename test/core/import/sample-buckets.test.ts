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

interface Plain {
  t: number;
  up: number;
  mx: number;
}

const bucketStart = (x: number): number => Math.floor(x / BUCKET_MS) * BUCKET_MS;

/**
 * The kept entries against the samples themselves: the report's range starts and ends at the first and last
 * samples' buckets, each bucket is kept once, and every month start of every zone from UTC-14 to UTC+14 (in
 * 15-minute steps) sees the samples before it.
 */
function expectEveryZoneMonthSums(kept: SampleBuckets, plain: readonly Plain[]): void {
  const sorted = kept.sorted();
  const first = Math.min(...plain.map((p) => p.t));
  const last = Math.max(...plain.map((p) => p.t));
  expect(sorted.at[0]).toBe(bucketStart(first));
  expect(sorted.at[sorted.at.length - 1]).toBe(bucketStart(last));
  expect(new Set(sorted.at).size).toBe(sorted.at.length);
  for (const month of [1, 2, 3])
    for (let offset = -14 * HOUR; offset <= 14 * HOUR; offset += BUCKET_MS) {
      const edge = Date.UTC(2025, month, 1) - offset;
      const want = plain
        .filter((p) => bucketStart(p.t) < edge)
        .reduce<[number, number, number]>((a, p) => [a[0] + p.up, a[1] + 1, a[2] + p.mx], [0, 0, 0]);
      expect(before(sorted, edge)).toEqual(want);
    }
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
        const plain: Plain[] = [];
        let t = Date.UTC(2025, 0, 31, 0, 0);
        for (const s of list) {
          t += s.gap * 60_000;
          kept.add(t, s.up, s.maintenance, 1);
          plain.push({ t, up: s.up ? 1 : 0, mx: s.maintenance && !s.up ? 1 : 0 });
        }
        expectEveryZoneMonthSums(kept, plain);
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

  it('give every zone the same month sums when samples come days late', () => {
    // the fast lane hands a stream's run over when that stream's next row comes (3 days later on the fleet
    // shape), so a service's counts arrive out of order: each sample here is delivered up to 4 days late
    const samples = fc.array(
      fc.record({
        gap: fc.integer({ min: 1, max: 200 }),
        lag: fc.integer({ min: 0, max: 4 * 1440 }),
        up: fc.boolean(),
      }),
      { minLength: 1, maxLength: 2_000 },
    );
    fc.assert(
      fc.property(samples, (list) => {
        let t = Date.UTC(2025, 0, 31, 0, 0);
        const plain = list.map((s) => ({ t: (t += s.gap * 60_000), due: t + s.lag * 60_000, up: s.up ? 1 : 0, mx: 0 }));
        const kept = new SampleBuckets();
        for (const p of [...plain].sort((a, b) => a.due - b.due)) kept.add(p.t, p.up === 1, false, 1);
        expectEveryZoneMonthSums(kept, plain);
      }),
      { numRuns: 40 },
    );
  });

  it('stay a few entries per month while late samples come, not one per sample until the end', () => {
    const kept = new SampleBuckets();
    // a year of samples every 7 minutes (75,086 samples in 35,040 buckets), each day's delivered after the
    // next day's, as the fast lane hands over a sparse fleet's runs late
    const day = 86_400_000;
    let n = 0;
    for (let d = Date.UTC(2025, 0, 1); d < Date.UTC(2026, 0, 1); d += 2 * day)
      for (const from of [d + day, d])
        for (let t = from; t < from + day && t < Date.UTC(2026, 0, 1); t += 7 * 60_000, n++)
          kept.add(t, true, false, 1);
    // compacted, a year keeps at most 12 x 113 + 1 = 1,357 entries (see above); the room doubles while more
    // than half of it is in use after compaction, so it stops at 4,096 (kept until the end: 65,536 for the
    // 35,040 buckets)
    expect(kept.room).toBeLessThanOrEqual(4_096);
    const s = kept.sorted();
    expect(s.all.reduce((a, b) => a + b, 0)).toBe(n);
    expect(s.at.length).toBeLessThanOrEqual(12 * 113 + 1);
  });
});
