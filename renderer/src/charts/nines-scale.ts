/**
 * The "nines" axis: availability a drawn at -log10(1 - a), so 99 % sits at 2, 99.9 % at 3, 99.99 % at 4
 * and the gap between three and four nines is as wide as between two and three.
 * A month without downtime (a = 1) has infinitely many nines: it is drawn at the cap.
 */
export const NINES_CAP = 6;

export function toNines(availability: number): number {
  if (availability >= 1) return NINES_CAP;
  if (availability <= 0) return 0;
  return Math.min(NINES_CAP, -Math.log10(1 - availability));
}

export function fromNines(nines: number): number {
  return 1 - 10 ** -nines;
}

/**
 * Axis bounds in nines that hold every value and the target, on whole nines for readable ticks. Months without
 * downtime (at the cap) do not stretch the axis: they are drawn at its top.
 */
export function ninesBounds(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter((v) => Number.isFinite(v) && v < NINES_CAP);
  if (finite.length === 0) return { min: 1, max: 5 };
  const lowest = Math.min(...finite);
  // a value just above a whole nine (99.07 % = 2.03) would be a sliver: start one nine lower then
  const min = Math.max(0, lowest - Math.floor(lowest) < 0.3 ? Math.floor(lowest) - 1 : Math.floor(lowest));
  const max = Math.min(NINES_CAP, Math.ceil(Math.max(...finite) + 0.25));
  return { min: Math.min(min, max - 1), max };
}

/** Percent axis bounds: from a little under the lowest value to 100 %, so small differences stay visible. */
export function percentBounds(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { min: 0.99, max: 1 };
  const low = Math.min(...finite);
  const gap = 1 - low;
  // step to a round floor: 99.5, 99, 98, 95, 90 ...
  for (const floor of [0.9999, 0.9995, 0.999, 0.998, 0.995, 0.99, 0.98, 0.95, 0.9, 0.8, 0.5, 0]) {
    if (low - gap * 0.1 >= floor) return { min: floor, max: 1 };
  }
  return { min: 0, max: 1 };
}
