import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { episodeStats, indexSweep } from '../../../core/compute/period-minutes';
import type { ServiceSweep } from '../../../core/compute/sweep';
import { MIN, report, row } from './helpers';

const WEIGHTS = { partial: 0.3, degraded: 0 };

/** A sweep holding only episodes (the index reads runStart/runEnd for episode figures; times stay empty). */
function sweepOf(runs: Array<[number, number]>): ServiceSweep {
  return {
    times: new Float64Array([0]),
    mask: new Uint8Array(1),
    share: new Float64Array(1),
    runStart: Float64Array.from(runs, (r) => r[0]),
    runEnd: Float64Array.from(runs, (r) => r[1]),
  };
}

/** Episodes clipped to [a, b), counted the plain way. */
function naive(runs: Array<[number, number]>, a: number, b: number) {
  const parts = runs
    .map(([s, e]) => Math.min(e, b) - Math.max(s, a))
    .filter((len, i) => runs[i]![1] > a && runs[i]![0] < b && len > 0);
  return {
    episodes: parts.length,
    episodeMs: parts.reduce((x, y) => x + y, 0),
    longestEpisodeMs: Math.max(0, ...parts),
  };
}

/**
 * Disjoint, non-touching episodes. The counts sit around multiples of the index's block of 64 episodes: the
 * defect of issue 15 showed only when the count was one (GitHub's Webhooks had 192).
 */
const runsArb = fc
  .oneof(fc.constantFrom(63, 64, 65, 127, 128, 129, 192), fc.integer({ min: 0, max: 300 }))
  .chain((n) =>
    fc.array(fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })), {
      minLength: n,
      maxLength: n,
    }),
  )
  .map((gaps) => {
    let t = 0;
    return gaps.map(([gap, len]): [number, number] => {
      const s = t + gap;
      t = s + len;
      return [s, t];
    });
  });

describe('episode figures from the sweep index (issue 15: the MTTR defect)', () => {
  it('match the plain count over any window, whatever the number of episodes', () => {
    fc.assert(
      fc.property(runsArb, fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 30_000 }), (runs, x, y) => {
        const index = indexSweep(sweepOf(runs), WEIGHTS);
        // windows anywhere, and the whole span (where the defect lived: a window ending past the last episode)
        for (const [a, b] of [
          [Math.min(x, y), Math.max(x, y) + 1],
          [0, 1e9],
        ] as const) {
          const got = episodeStats(index, a, b);
          expect(got).toEqual(naive(runs, a, b));
          if (got.episodes > 0) {
            expect(got.episodeMs / got.episodes).toBeGreaterThan(0);
            expect(got.episodeMs / got.episodes).toBeLessThanOrEqual(got.longestEpisodeMs);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives 64 ten-minute outages in a month an MTTR of 10 minutes', () => {
    // 64 major outages of 10 minutes, one a day at 00:00 from 2024-01-01 (Jan 1 .. Mar 4): January holds 31,
    // February 29, March 4. The last month and the range end past the 64th (and last) episode, which read
    // an index block never filled: MTTR came out (0 - 60 x 10) / 4 = -150 in March and 0 over the range.
    const recs = Array.from({ length: 64 }, (_, i) => {
      const start = Date.UTC(2024, 0, 1 + i);
      return { start, end: start + 10 * MIN };
    });
    const model = report(recs);
    const march = row(model, 'api', '2024-03');
    expect(march.episodes).toBe(4);
    expect(march.mttrMinutes).toBe(10);
    const summary = model.summary.find((s) => s.service === 'api')!;
    expect(summary.episodes).toBe(64);
    expect(summary.mttrMinutes).toBe(10);
    expect(summary.longestEpisodeMinutes).toBe(10);
  });
});

describe('mask weights of the index', () => {
  it('are one table per pair of weights, however many services are indexed, and follow a changed weight', () => {
    const first = indexSweep(sweepOf([[0, MIN]]), WEIGHTS).weightOf;
    // a service's index each: 1,000 services, equal weights in a fresh object each time
    for (let k = 0; k < 1000; k++) expect(indexSweep(sweepOf([[k, k + MIN]]), { ...WEIGHTS }).weightOf).toBe(first);
    // masks: major 1, partial 2, degraded 4 (sweep.ts); w is the largest active weight (SPEC 5)
    expect([first[1], first[2], first[4], first[6]]).toEqual([1, 0.3, 0, 0.3]);
    const other = indexSweep(sweepOf([[0, MIN]]), { partial: 0.5, degraded: 0.7 }).weightOf;
    expect(other).not.toBe(first);
    expect([other[1], other[2], other[4], other[6]]).toEqual([1, 0.5, 0.7, 0.7]);
  });
});
