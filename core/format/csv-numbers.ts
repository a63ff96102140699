/**
 * How many decimals each kind of CSV number keeps: enough that no figure a reader checks changes, few enough
 * that a spreadsheet shows 44.64, not 44.64000000000004 (binary float noise). JSON keeps full precision
 * (SPEC 5); docs/methodology.md lists these.
 */
export const CSV_DIGITS = {
  /** minutes: three decimals are 60 ms, finer than any log's timestamps that matter to an SLA */
  minutes: 3,
  /** fractions (availability 0.99912345): eight decimals are 99.999999 %, two past the finest display */
  fraction: 8,
  /** credit in percent (10, 25) */
  percent: 2,
  /** user-minutes and impact values: counts of people or money, a hundredth is below anything a reader weighs */
  amount: 2,
} as const;

export type CsvNumberKind = keyof typeof CSV_DIGITS;

/** A number rounded to its kind's decimals, without trailing zeros; -0 reads as 0. */
export function csvNumber(value: number, kind: CsvNumberKind): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** CSV_DIGITS[kind];
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
