/**
 * Calendar arithmetic without Date objects: the importer turns millions of timestamps into instants,
 * and a Date per row would dominate the cost. Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms" (days_from_civil), proleptic Gregorian calendar.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of the civil date y-m-d (m 1..12, d 1..31). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The years whose month starts are tabled: every log seen so far, with room either side. */
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
/** days since 1970 of the first of each month from January 1900, and one past December 2199 */
const MONTH_STARTS = Int32Array.from({ length: TABLE_YEARS * 12 + 1 }, (_, k) =>
  daysFromCivil(TABLE_FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1, 1),
);

/**
 * daysFromCivil of a date whose day is valid for its month, NaN when the day is past the month's end; by a
 * table lookup for the tabled years, which saves the four divisions of daysFromCivil on a million rows (the
 * day enters daysFromCivil only as "+ d - 1", so the table's month start plus d - 1 is the same number).
 */
export function daysOfDate(y: number, m: number, d: number): number {
  const k = (y - TABLE_FIRST_YEAR) * 12 + m - 1;
  if (k >= 0 && k < TABLE_YEARS * 12) {
    const first = MONTH_STARTS[k]!;
    return d > MONTH_STARTS[k + 1]! - first ? NaN : first + d - 1;
  }
  return d > daysInMonth(y, m) ? NaN : daysFromCivil(y, m, d);
}
