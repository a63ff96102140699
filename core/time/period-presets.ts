/**
 * Report ranges named relative to a day (issue 16): "last month" in a saved report means the month before the
 * day it runs, in the report's time zone, so a scheduled report moves with the calendar. Each preset resolves
 * to the user-given range of SPEC 4 (months "YYYY-MM", or days "YYYY-MM-DD" inclusive) that the engine reads.
 */
import { TZDateMini } from '@date-fns/tz';
import { monthIndex, monthKey, quarterStartMonth, type MonthIndex } from './month-key';
import { daysInMonth } from './civil-time';

export const RANGE_PRESETS = ['last-month', 'last-quarter', 'ytd', 'last-12-months'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** A report range as settings hold it: each side a month or an inclusive day. */
export interface RangeSides {
  from: string;
  to: string;
}

/** A civil day: year, month 1..12, day 1..31. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** The civil day of `zone` that holds instant `now` (ms). */
export function dayOfInstant(now: number, zone: string): CivilDay {
  const d = new TZDateMini(now, zone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** "YYYY-MM-DD" of a civil day; day 0 and days past the month's end roll into the neighbouring month. */
export function dayKey(day: CivilDay): string {
  const d = new Date(0);
  d.setUTCFullYear(day.year, day.month - 1, day.day);
  return d.toISOString().slice(0, 10);
}

/**
 * The range a preset names on the day holding `now` in `zone`. Only whole days count: today is still running,
 * so "year to date" ends yesterday (on 1 January that is the whole year before), and the month presets end
 * with the month before today's.
 */
export function presetRange(preset: RangePreset, now: number, zone: string): RangeSides {
  const today = dayOfInstant(now, zone);
  const thisMonth: MonthIndex = monthIndex(today.year, today.month - 1);
  switch (preset) {
    case 'last-month':
      return months(thisMonth - 1, thisMonth - 1);
    case 'last-quarter': {
      const q = quarterStartMonth(thisMonth) - 3;
      return months(q, q + 2);
    }
    case 'last-12-months':
      return months(thisMonth - 12, thisMonth - 1);
    case 'ytd': {
      const yesterday = dayKey({ ...today, day: today.day - 1 });
      return { from: `${yesterday.slice(0, 4)}-01`, to: yesterday };
    }
  }
}

function months(from: MonthIndex, to: MonthIndex): RangeSides {
  return { from: monthKey(from), to: monthKey(to) };
}

/** The first and last civil day of a range's sides (a month side stands for its first or last day). */
export function rangeDays(sides: RangeSides): { first: CivilDay; last: CivilDay } {
  const parse = (text: string, end: boolean): CivilDay => {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    const day = text.length === 10 ? Number(text.slice(8, 10)) : end ? daysInMonth(year, month) : 1;
    return { year, month, day };
  };
  return { first: parse(sides.from, false), last: parse(sides.to, true) };
}

/**
 * The period of equal length just before a range (issue 16's previous-period comparison): as many whole months
 * before it when it runs from a 1st to a month's last day (a quarter before a quarter, twelve months before
 * twelve), else as many days.
 */
export function previousRange(sides: RangeSides): RangeSides {
  const { first, last } = rangeDays(sides);
  const firstMonth = monthIndex(first.year, first.month - 1);
  const lastMonth = monthIndex(last.year, last.month - 1);
  if (first.day === 1 && last.day === daysInMonth(last.year, last.month)) {
    const n = lastMonth - firstMonth + 1;
    return months(firstMonth - n, firstMonth - 1);
  }
  const n = Math.round((utcDay(last) - utcDay(first)) / 86_400_000) + 1;
  return { from: dayKey({ ...first, day: first.day - n }), to: dayKey({ ...first, day: first.day - 1 }) };
}

function utcDay(d: CivilDay): number {
  const x = new Date(0);
  x.setUTCFullYear(d.year, d.month - 1, d.day);
  return x.getTime();
}

/**
 * A settings range with its preset applied: the preset's sides replace from/to (kept beside them, so the saved
 * report still says "last month"); without a preset the range is returned as it is.
 */
export function resolvedRange<R extends { from: string | null; to: string | null; preset?: RangePreset | undefined }>(
  range: R,
  now: number,
  zone: string,
): R {
  return range.preset === undefined ? range : { ...range, ...presetRange(range.preset, now, zone) };
}

/** Settings (anything with a report zone and a range) whose range preset is read on the day holding `now`. */
export function withPresetRead<
  S extends {
    reportTimeZone: string;
    range: { from: string | null; to: string | null; preset?: RangePreset | undefined };
  },
>(settings: S, now: number): S {
  if (settings.range.preset === undefined) return settings;
  return { ...settings, range: resolvedRange(settings.range, now, settings.reportTimeZone) };
}
