import { ninesBounds, toNines } from './nines-scale';

/**
 * The availability axis both faces draw (dashboard and PDF): nines, so 99 %, 99.9 % and 99.99 % are evenly apart,
 * with whole-nine ticks from `min` to `topTick`. A month without downtime has infinitely many nines: it is drawn
 * at `max`, half a nine above the top tick, so it never reads as the top tick's value (issue 16 finding 2).
 */
export interface AvailabilityScale {
  /** the bottom, in nines; a month below it is drawn at it (as a stub) and the axis title says so */
  min: number;
  /** the last labelled tick, in nines */
  topTick: number;
  /** the top of the axis, in nines: where a month without downtime ends */
  max: number;
  /** the height a month's availability is drawn at; null: no data */
  plot(availability: number | null): number | null;
}

/** Half a nine between the top tick and a month without downtime. */
export const NO_DOWNTIME_HEADROOM = 0.5;

/** The least height of a bar in pixels: a 0 % month is a visible stub, not the empty slot of a month without data. */
export const MIN_BAR_PX = 3;

export function availabilityScale(
  availabilities: readonly (number | null)[],
  targets: readonly number[],
): AvailabilityScale {
  const known = availabilities.filter((a): a is number => a !== null);
  const bounds = ninesBounds([...known, ...targets].map(toNines));
  const max = bounds.max + NO_DOWNTIME_HEADROOM;
  return {
    min: bounds.min,
    topTick: bounds.max,
    max,
    plot: (a) => (a === null ? null : a >= 1 ? max : Math.min(bounds.max, Math.max(bounds.min, toNines(a)))),
  };
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least x: tick steps people read without effort. */
export function niceStep(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= x * (1 - 1e-9))!;
}

/**
 * Axis bounds on round ticks that hold every value and `always` (e.g. 0 and 100 % of a budget): about `ticks`
 * steps of a nice size, so a burn-down reads -100 %, 0 %, 100 %, never -94 or 225.
 */
export function roundBounds(
  values: readonly number[],
  always: readonly number[],
  ticks = 5,
): { min: number; max: number; step: number } {
  const all = [...values, ...always].filter(Number.isFinite);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const step = niceStep((hi - lo || 1) / ticks);
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}
