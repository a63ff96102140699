import type { SampleCounts, SampleStream } from '../model/records';
import { lowerBound } from './period-minutes';

/**
 * Running totals of a service's samples over the buckets that hold any (ascending bucket starts): totals over
 * any span in a binary search, in memory that follows the samples, not the time span.
 */
export interface SamplePrefix {
  /** start of each bucket holding samples, ms, ascending */
  at: Float64Array;
  /** at.length + 1; [k] = sum over buckets 0..k-1 */
  up: Float64Array;
  all: Float64Array;
  maintenance: Float64Array;
}

export function samplePrefix(samples: SampleCounts, include: (s: SampleStream) => boolean): SamplePrefix | null {
  const streams = samples.streams.filter(include);
  if (streams.length === 0) return null;
  const at = unionOf(streams.map((s) => s.at));
  const n = at.length;
  const up = new Float64Array(n + 1);
  const all = new Float64Array(n + 1);
  const maintenance = new Float64Array(n + 1);
  for (const s of streams) {
    // both ascending: each bucket of the stream is found by walking `at` once
    for (let k = 0, j = 0; k < s.at.length; k++) {
      while (at[j]! < s.at[k]!) j++;
      up[j + 1]! += s.up[k]!;
      all[j + 1]! += s.all[k]!;
      maintenance[j + 1]! += s.maintenance[k]!;
    }
  }
  for (let k = 1; k <= n; k++) {
    up[k]! += up[k - 1]!;
    all[k]! += all[k - 1]!;
    maintenance[k]! += maintenance[k - 1]!;
  }
  return { at, up, all, maintenance };
}

/** The ascending values of sorted arrays, each once. */
function unionOf(lists: Float64Array[]): Float64Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Float64Array(lists.reduce((n, l) => n + l.length, 0));
  let n = 0;
  for (const l of lists) all.set(l, (n += l.length) - l.length);
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (k === 0 || all[i] !== all[k - 1]) all[k++] = all[i]!;
  return all.subarray(0, k);
}

/** Samples whose bucket starts in [a, b). */
export function sampleSums(p: SamplePrefix, a: number, b: number): { up: number; all: number; maintenance: number } {
  const i = lowerBound(p.at, a);
  const j = lowerBound(p.at, b);
  return { up: p.up[j]! - p.up[i]!, all: p.all[j]! - p.all[i]!, maintenance: p.maintenance[j]! - p.maintenance[i]! };
}

/** Instant range covered by buckets holding samples: [start of the first, start of the last]; null when none. */
export function sampleExtent(samples: SampleCounts): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const s of samples.streams) {
    if (s.at.length === 0) continue;
    first = Math.min(first, s.at[0]!);
    last = Math.max(last, s.at[s.at.length - 1]!);
  }
  return first === Infinity ? null : { first, last };
}
