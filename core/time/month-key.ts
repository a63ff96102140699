/**
 * Months are handled as integer indices (year * 12 + month0) so that ranges are plain loops;
 * "YYYY-MM", "YYYY-Qn" and "YYYY" are the keys people read.
 */

export type MonthIndex = number;

export function monthIndex(year: number, month0: number): MonthIndex {
  return year * 12 + month0;
}

export function monthYear(index: MonthIndex): number {
  return Math.floor(index / 12);
}

/** 0-based month of the year */
export function monthOfYear(index: MonthIndex): number {
  return index - monthYear(index) * 12;
}

export function monthKey(index: MonthIndex): string {
  return `${String(monthYear(index)).padStart(4, '0')}-${String(monthOfYear(index) + 1).padStart(2, '0')}`;
}

/** Parses "YYYY-MM"; throws on anything else (settings are validated before they get here). */
export function parseMonthKey(key: string): MonthIndex {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new Error(`not a month "${key}" (expected YYYY-MM)`);
  return monthIndex(Number(m[1]), month - 1);
}

/** "2022-Q4" */
export function quarterKey(index: MonthIndex): string {
  return `${String(monthYear(index)).padStart(4, '0')}-Q${Math.floor(monthOfYear(index) / 3) + 1}`;
}

/** "2022" */
export function yearKey(index: MonthIndex): string {
  return String(monthYear(index)).padStart(4, '0');
}

/** First month of the quarter holding `index`. */
export function quarterStartMonth(index: MonthIndex): MonthIndex {
  return index - (monthOfYear(index) % 3);
}

/** January of the year holding `index`. */
export function yearStartMonth(index: MonthIndex): MonthIndex {
  return index - monthOfYear(index);
}
