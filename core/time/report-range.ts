import { monthStart, monthOfInstant } from './zoned-months';
import { monthKey, parseMonthKey, type MonthIndex } from './month-key';

/** Inclusive range of report months. */
export interface MonthRange {
  from: MonthIndex;
  to: MonthIndex;
}

/** A report range the log or the settings make impossible: the input's fault, worded for the person. */
export class ReportRangeError extends Error {
  override readonly name = 'ReportRangeError';
}

/** The longest range a report covers: 100 years of months. Beyond that a timestamp is almost surely wrong. */
export const MAX_REPORT_MONTHS = 1200;

/**
 * The report range of SPEC 4: the month holding the earliest start .. the month holding the latest end,
 * where an end exactly on a month boundary belongs to the month before (the outage stopped as that month
 * ended). A user-given from/to replaces its side. Data that starts and ends on the same boundary (a
 * zero-length record at midnight of the 1st) gives the one month it starts in.
 *
 * Returns null when there is nothing to report: no data and no user-given month.
 * Throws (a message for people) when the range is backwards or longer than MAX_REPORT_MONTHS.
 */
export function reportRange(
  data: { earliestStart: number; latestEnd: number } | null,
  given: { from: string | null; to: string | null },
  zone: string,
): MonthRange | null {
  let dataFrom: MonthIndex | null = null;
  let dataTo: MonthIndex | null = null;
  if (data) {
    dataFrom = monthOfInstant(data.earliestStart, zone);
    const endMonth = monthOfInstant(data.latestEnd, zone);
    dataTo = monthStart(endMonth, zone) === data.latestEnd ? endMonth - 1 : endMonth;
    if (dataTo < dataFrom) dataTo = dataFrom;
  }
  const from = given.from !== null ? parseMonthKey(given.from) : dataFrom;
  const to = given.to !== null ? parseMonthKey(given.to) : dataTo;
  if (from === null && to === null) return null;
  const range = { from: from ?? to!, to: to ?? from! };
  if (range.to < range.from) {
    throw new ReportRangeError(
      `report range is backwards: from ${monthKey(range.from)} is after to ${monthKey(range.to)}`,
    );
  }
  if (range.to - range.from + 1 > MAX_REPORT_MONTHS) {
    throw new ReportRangeError(
      `report range ${monthKey(range.from)}..${monthKey(range.to)} spans more than ${MAX_REPORT_MONTHS / 12} years; ` +
        'check the timestamps, or set the report range (--from/--to on the command line)',
    );
  }
  return range;
}
