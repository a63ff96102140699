/** Target presets of the settings panel, as fractions. */
export const TARGET_PRESETS = [0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999] as const;

/** The slider works in nines (99 % = 2, 99.9 % = 3) so each preset is the same distance apart. */
export const SLIDER_MIN_NINES = 1;
export const SLIDER_MAX_NINES = 5.5;

/**
 * A slider position as a target people would write: the allowed-downtime share rounded to two significant
 * figures (3.2 nines -> 0.00063 -> 99.937 %), never a 15-digit fraction.
 */
export function niceTargetFromNines(nines: number): number {
  const downShare = Number((10 ** -nines).toPrecision(2));
  return Number((1 - downShare).toFixed(10));
}

/** "99.95", "99,95", "99.95 %" -> 0.9995; null unless 0 < p <= 100. */
export function parseTargetPercent(text: string): number | null {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d+)?$/.test(s)) return null;
  const p = Number(s);
  if (!(p > 0 && p <= 100)) return null;
  return Number((p / 100).toFixed(12));
}
