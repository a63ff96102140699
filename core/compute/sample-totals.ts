import type { SampleCounts, SampleStream } from '../model/records';

/** Running totals of a service's samples per 15-minute UTC bucket: totals over any span in O(1). */
export interface SamplePrefix {
  origin: number;
  bucketMs: number;
  /** length buckets + 1; [k] = sum over buckets 0..k-1 */
  up: Float64Array;
  all: Float64Array;
  maintenance: Float64Array;
}

export function samplePrefix(samples: SampleCounts, include: (s: SampleStream) => boolean): SamplePrefix | null {
  const streams = samples.streams.filter(include);
  if (streams.length === 0) return null;
  const buckets = Math.max(...streams.map((s) => s.all.length));
  const up = new Float64Array(buckets + 1);
  const all = new Float64Array(buckets + 1);
  const maintenance = new Float64Array(buckets + 1);
  for (const s of streams) {
    for (let k = 0; k < s.all.length; k++) {
      up[k + 1]! += s.up[k]!;
      all[k + 1]! += s.all[k]!;
      maintenance[k + 1]! += s.maintenance[k]!;
    }
  }
  for (let k = 1; k <= buckets; k++) {
    up[k]! += up[k - 1]!;
    all[k]! += all[k - 1]!;
    maintenance[k]! += maintenance[k - 1]!;
  }
  return { origin: samples.origin, bucketMs: samples.bucketMs, up, all, maintenance };
}

/** Samples whose bucket starts in [a, b). */
export function sampleSums(p: SamplePrefix, a: number, b: number): { up: number; all: number; maintenance: number } {
  const last = p.all.length - 1;
  const at = (x: number) => Math.min(last, Math.max(0, Math.ceil((x - p.origin) / p.bucketMs)));
  const i = at(a);
  const j = at(b);
  return { up: p.up[j]! - p.up[i]!, all: p.all[j]! - p.all[i]!, maintenance: p.maintenance[j]! - p.maintenance[i]! };
}

/** Instant range covered by non-empty buckets: [start of the first, start of the last]; null when none. */
export function sampleExtent(samples: SampleCounts): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const s of samples.streams) {
    for (let k = 0; k < s.all.length; k++) {
      if (s.all[k]! > 0) {
        first = Math.min(first, k);
        break;
      }
    }
    for (let k = s.all.length - 1; k >= 0; k--) {
      if (s.all[k]! > 0) {
        last = Math.max(last, k);
        break;
      }
    }
  }
  if (first === Infinity) return null;
  return { first: samples.origin + first * samples.bucketMs, last: samples.origin + last * samples.bucketMs };
}
