import type { EpisodeRow } from '../model/report-model';
import type { Severity } from '../model/records';
import { lowerBound, upperBound, type SweepIndex } from './period-minutes';
import { MASK_MAJOR, MASK_PARTIAL } from './sweep';

/**
 * The episodes of one service that lie in [a, b), clipped to it (SPEC 7 `--episodes`), with the most severe
 * weighted severity active in each and the number of outage records it holds (from
 * record-stats.ts's recordsPerRun). Instants stay ms; the JSON writes them as ISO text.
 */
export function episodeRows(
  service: string,
  index: SweepIndex,
  recordsPerRun: Int32Array,
  a: number,
  b: number,
): EpisodeRow[] {
  const { runStart, runEnd, times, mask } = index.sweep;
  const { weightOf } = index;
  const out: EpisodeRow[] = [];
  for (let j = upperBound(runEnd, a); j < runStart.length && runStart[j]! < b; j++) {
    const start = Math.max(runStart[j]!, a);
    const end = Math.min(runEnd[j]!, b);
    let bits = 0;
    // segments of the run whose weight is above 0: what made it an episode
    for (let k = lowerBound(times, runStart[j]!); k < times.length && times[k]! < runEnd[j]!; k++) {
      if (weightOf[mask[k]!]! > 0) bits |= mask[k]!;
    }
    out.push({
      service,
      start,
      end,
      minutes: (end - start) / 60_000,
      severity: severityOf(bits, weightOf),
      records: recordsPerRun[j]!,
    });
  }
  return out;
}

function severityOf(bits: number, weightOf: Float64Array): Severity {
  if (bits & MASK_MAJOR) return 'major';
  if (bits & MASK_PARTIAL && weightOf[MASK_PARTIAL]! > 0) return 'partial';
  return 'degraded';
}
