import type { Settings } from '../model/settings';
import {
  monthKey,
  monthOfYear,
  monthYear,
  parseMonthKey,
  quarterKey,
  quarterStartMonth,
  yearKey,
  yearStartMonth,
  type MonthIndex,
} from '../time/month-key';
import { reportRange, ReportRangeError, type MonthRange } from '../time/report-range';
import { dayStart, monthBoundaries, monthOfInstant } from '../time/zoned-months';
import { previousRange, type RangeSides } from '../time/period-presets';
import { lastDays, type ZonedDays } from '../time/zoned-days';
import { dayBoundaries } from '../compute/rolling-windows';
import { sampleExtent } from '../compute/sample-totals';
import { coveredSpans, coversEverything } from '../time/business-hours';
import { STATUS_DAY_COUNT } from './status-days';
import type { ReportInput } from './report-input';

/** A quarter, year or the whole range: months [from, to] of the report range. */
export interface LongPeriod {
  key: string;
  from: MonthIndex;
  to: MonthIndex;
}

/** The report's periods as instants in its time zone: what a zone or range change rebuilds. */
export interface RangeFrame {
  range: MonthRange;
  boundaries: Float64Array;
  quarters: LongPeriod[];
  years: LongPeriod[];
  /** day boundaries from `lead` days before the range (the longest rolling window's lead), when asked for */
  days: Float64Array | null;
  lead: number;
  /** the status bars' days: the last 90 of the range up to the day of the data's latest instant */
  statusDays: ZonedDays;
  /** business hours' covered spans from the data's start (or the frame's, if earlier) on; null: 24x7 */
  covered: Float64Array | null;
  /** the period of equal length before the range (issue 16); frame null when the log does not reach it */
  previous: { sides: RangeSides; frame: RangeFrame | null } | null;
}

/** The earliest start and latest end of the data. */
export interface DataExtent {
  earliestStart: number;
  latestEnd: number;
}

/** What the frame depends on: the zone, the range, the longest rolling window and the business hours. */
export const frameDeps = (settings: Settings): unknown[] => [
  settings.reportTimeZone,
  settings.range,
  Math.max(0, ...settings.rolling) - 1,
  settings.businessHours,
];

/** The frame of `settings` over data spanning `extent`; null: no data and no range. */
export function rangeFrame(extent: DataExtent | null, settings: Settings): RangeFrame | null {
  const lead = Math.max(0, ...settings.rolling) - 1;
  const { from, to } = settings.range;
  const zone = settings.reportTimeZone;
  const months = { from: from && from.slice(0, 7), to: to && to.slice(0, 7) };
  const range = reportRange(extent, months, zone);
  if (!range) return null;
  const boundaries = clipToDays(monthBoundaries(range.from, range.to, zone), from, to, zone);
  const days = lead < 0 ? null : dayBoundaries(boundaries[0]!, boundaries[boundaries.length - 1]!, zone, lead);
  const last = boundaries[boundaries.length - 1]!;
  // from the data's start too: burn-rate windows look back before the range
  const coveredFrom = Math.min(boundaries[0]!, days?.[0] ?? Infinity, extent?.earliestStart ?? Infinity);
  return {
    range,
    boundaries,
    quarters: longPeriods(range, quarterStartMonth, quarterKey),
    years: longPeriods(range, yearStartMonth, yearKey),
    days,
    lead: Math.max(0, lead),
    statusDays: statusBarDays(boundaries, extent, zone),
    covered: coversEverything(settings.businessHours)
      ? null
      : coveredSpans(settings.businessHours, zone, coveredFrom, last),
    previous: previousFrame(range, from, to, extent, settings),
  };
}

/**
 * The period of equal length before the range (issue 16), as a frame of its own. It is covered when it starts
 * no earlier than the month holding the data's earliest instant (the month SPEC 4's range would start on):
 * before that the log says nothing, and a period it says nothing about is no data, never 0 downtime.
 */
function previousFrame(
  range: MonthRange,
  from: string | null,
  to: string | null,
  extent: { earliestStart: number } | null,
  settings: Settings,
): RangeFrame['previous'] {
  const zone = settings.reportTimeZone;
  const sides = previousRange({ from: from ?? monthKey(range.from), to: to ?? monthKey(range.to) });
  const months = reportRange(null, { from: sides.from.slice(0, 7), to: sides.to.slice(0, 7) }, zone)!;
  if (extent === null || months.from < monthOfInstant(extent.earliestStart, zone)) return { sides, frame: null };
  const boundaries = clipToDays(monthBoundaries(months.from, months.to, zone), sides.from, sides.to, zone);
  const frame: RangeFrame = {
    range: months,
    boundaries,
    quarters: longPeriods(months, quarterStartMonth, quarterKey),
    years: longPeriods(months, yearStartMonth, yearKey),
    days: null,
    lead: 0,
    statusDays: { dates: [], bounds: new Float64Array(0) },
    covered: coversEverything(settings.businessHours)
      ? null
      : coveredSpans(settings.businessHours, zone, boundaries[0]!, boundaries[boundaries.length - 1]!),
    previous: null,
  };
  return { sides, frame };
}

/** Earliest start and latest end of the data (records, and sample buckets of status logs). */
export function dataExtent(input: ReportInput): DataExtent | null {
  const t = input.records;
  const { start, end, base, step } = t.instants;
  let earliestStart = Infinity;
  let latestEnd = -Infinity;
  for (let i = 0; i < t.count; i++) {
    if (start[i]! < earliestStart) earliestStart = start[i]!;
    if (end[i]! > latestEnd) latestEnd = end[i]!;
  }
  if (t.count > 0) {
    earliestStart = base + step * earliestStart;
    latestEnd = base + step * latestEnd;
  }
  const samples = input.samples && sampleExtent(input.samples);
  if (samples) {
    earliestStart = Math.min(earliestStart, samples.first);
    latestEnd = Math.max(latestEnd, samples.last);
  }
  return earliestStart <= latestEnd ? { earliestStart, latestEnd } : null;
}

function longPeriods(
  range: MonthRange,
  startOf: (m: MonthIndex) => MonthIndex,
  keyOf: (m: MonthIndex) => string,
): LongPeriod[] {
  const out: LongPeriod[] = [];
  for (let m = range.from; m <= range.to; m++) {
    const last = out[out.length - 1];
    if (last && startOf(last.from) === startOf(m)) last.to = m;
    else out.push({ key: keyOf(m), from: m, to: m });
  }
  return out;
}

/**
 * A day-precise range (SPEC 4: "YYYY-MM-DD", inclusive) clips the first month to start at its from-day and
 * the last to end after its to-day; month-precise sides leave the boundaries as they are.
 */
function clipToDays(b: Float64Array, from: string | null, to: string | null, zone: string): Float64Array {
  const day = (text: string, after: number): number => {
    const m = parseMonthKey(text.slice(0, 7));
    return dayStart(monthYear(m), monthOfYear(m), Number(text.slice(8)) + after, zone);
  };
  const last = b.length - 1;
  if (from !== null && from.length === 10) b[0] = Math.min(Math.max(b[0]!, day(from, 0)), b[1]!);
  if (to !== null && to.length === 10) b[last] = Math.max(Math.min(b[last]!, day(to, 1)), b[last - 1]!);
  if (b[last]! <= b[0]!) {
    throw new ReportRangeError(`report range is empty: from ${from} is after to ${to}`);
  }
  return b;
}

/**
 * A status bar ends on the day of the data's latest instant (an end at midnight belongs to the day before, as
 * SPEC 4 places a month's end), not on the range's last day: days after the log would read as clean days.
 * A user-given range that ends earlier, or lies wholly after the data, ends the bar at its own end.
 */
function statusBarDays(boundaries: Float64Array, extent: { latestEnd: number } | null, zone: string): ZonedDays {
  const from = boundaries[0]!;
  const to = boundaries[boundaries.length - 1]!;
  const latest = extent?.latestEnd ?? to;
  const end = latest > from && latest < to ? latest : to;
  return lastDays(from, end, zone, STATUS_DAY_COUNT);
}
