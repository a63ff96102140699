/**
 * OpenSLO's duration shorthand (spec, "Custom Data Types"): a positive integer and one case-sensitive unit,
 * m minutes, h hours, d days, w weeks, M months, Q quarters, Y years ("1M" is a month, "1m" a minute).
 */
export const DURATION_UNITS = ['m', 'h', 'd', 'w', 'M', 'Q', 'Y'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface DurationShorthand {
  count: number;
  unit: DurationUnit;
}

const SHORTHAND = /^([1-9]\d{0,5})([mhdwMQY])$/;

export function parseDurationShorthand(text: string): DurationShorthand | null {
  const m = SHORTHAND.exec(text);
  return m ? { count: Number(m[1]), unit: m[2] as DurationUnit } : null;
}

/** Whole days, for a rolling window; null for units that are not a fixed number of days (m, h, M, Q, Y). */
export function shorthandDays(d: DurationShorthand): number | null {
  if (d.unit === 'd') return d.count;
  if (d.unit === 'w') return d.count * 7;
  return null;
}
