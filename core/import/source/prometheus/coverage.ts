import type { Diagnostic } from '../../../model/import-result';
import { monthKey } from '../../../time/month-key';
import type { SeriesCounts } from './period-counts';
import type { SampleWindow } from './raw-samples';
import { seriesName } from './series-streams';

/** Below this share of the samples a series' own interval gives, a month is named as partly unobserved. */
const FULL = 0.99;

/** The median interval between consecutive fetched samples of a series (each window is consecutive). */
export function medianInterval(windows: readonly SampleWindow[]): number {
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

/**
 * Samples a month may miss, against its series' interval, and still be read from its first and last samples:
 * three missed in a row leave a gap of four intervals, inside SPEC 2's default limit of five.
 */
const MISSED = 3;

/**
 * Whether a month's `count` samples come at the interval its first and last windows show, from the first
 * sample to the last: then no gap hides between them and the samples left on the server are all observed.
 * False when the interval is unknown (a window of one sample).
 */
export function evenlySampled(first: SampleWindow, last: SampleWindow, count: number): boolean {
  const step = medianInterval([first, last]);
  if (!(step > 0) || first.times.length === 0 || last.times.length === 0) return false;
  const expected = Math.round((last.times[last.times.length - 1]! - first.times[0]!) / step) + 1;
  return Math.abs(count - expected) <= MISSED;
}
