import type { Diagnostic } from '../../../model/import-result';
import { monthKey } from '../../../time/month-key';
import type { SeriesCounts } from './period-counts';
import type { SampleWindow } from './raw-samples';
import { seriesName } from './series-streams';

/** Below this share of the samples a series' own interval gives, a month is named as partly unobserved. */
const FULL = 0.99;

/** The median interval between consecutive fetched samples of a series (each window is consecutive). */
function medianInterval(windows: readonly SampleWindow[]): number {
  const steps: number[] = [];
  for (const w of windows) for (let i = 1; i < w.times.length; i++) steps.push(w.times[i]! - w.times[i - 1]!);
  if (steps.length === 0) return NaN;
  steps.sort((a, b) => a - b);
  const m = steps.length >> 1;
  return steps.length % 2 ? steps[m]! : (steps[m - 1]! + steps[m]!) / 2;
}

/**
 * A dead prober must not pass for 100 % up: each series' coverage per month from the server's sample
 * counts, against the samples its own interval (the median between its fetched samples) gives in the month.
 * A month below 99 % is named, with the share observed; a series silent for the whole range is named too.
 */
export function coverageNotes(
  series: readonly { counts: SeriesCounts; windows: SampleWindow[] }[],
  b: Float64Array,
  firstMonth: number,
): Diagnostic[] {
  const notes: Diagnostic[] = [];
  for (const { counts, windows } of series) {
    const step = medianInterval(windows);
    const months: string[] = [];
    for (let k = 0; k + 1 < b.length; k++) {
      const expected = (b[k + 1]! - b[k]!) / step;
      const share = Number.isFinite(expected) ? Math.min(1, counts.count[k]! / expected) : counts.count[k]! > 0 ? 1 : 0;
      if (share < FULL) months.push(`${(share * 100).toFixed(1)} % of ${monthKey(firstMonth + k)}`);
    }
    if (months.length === 0) continue;
    const every = Number.isFinite(step) ? `one sample every ${step / 1000} s` : 'no interval (one sample)';
    notes.push({
      line: 0,
      message:
        `Prometheus: series ${seriesName(counts.metric)} (${every}) has samples for only ${months.join(', ')}; ` +
        'the rest of that time was not observed, so it is no proof of up time',
    });
  }
  return notes;
}
