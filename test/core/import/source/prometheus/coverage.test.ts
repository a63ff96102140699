import { describe, expect, it } from 'vitest';
import { evenlySampled, medianInterval } from '../../../../../core/import/source/prometheus/coverage';

const MIN = 60_000;
/** samples every minute from `from` for `n` samples */
const every = (from: number, n: number) => ({
  times: Array.from({ length: n }, (_, i) => from + i * MIN),
  values: Array.from({ length: n }, () => 1),
});

describe('reading an all-up month from its first and last samples', () => {
  // first window 0..4 min, last window 995..999 min: a sample a minute from 0 to 999 min is 1,000 samples
  const first = every(0, 5);
  const last = every(995 * MIN, 5);

  it('takes a month whose count is what its interval gives', () => {
    expect(medianInterval([first, last])).toBe(MIN);
    expect(evenlySampled(first, last, 1_000)).toBe(true);
    // three missed scrapes leave at most a four-minute gap, inside the 5 x interval rule
    expect(evenlySampled(first, last, 997)).toBe(true);
  });

  it('fetches a month with a gap (or extra samples) in full', () => {
    expect(evenlySampled(first, last, 996)).toBe(false);
    expect(evenlySampled(first, last, 1_004)).toBe(false);
  });

  it('fetches a month whose interval its windows do not show', () => {
    expect(evenlySampled(every(0, 1), every(995 * MIN, 1), 1_000)).toBe(false);
  });
});
