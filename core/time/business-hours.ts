/**
 * Business-hours calendars (docs/spec.md 5d, issue 18 item 2): covered wall-clock hours per weekday in the
 * report zone, minus holidays, as ascending UTC spans. Only the zone's offsets are read (@date-fns/tz through
 * ZoneClock), never the machine's zone.
 */
import { daysFromCivil, MS_PER_DAY, MS_PER_MINUTE } from './civil-time';
import { ZoneClock } from './zone-clock';
import { mergeSpans } from './spans';

/** Weekdays as entries name them, Monday first (ISO 8601 order). */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export const BUSINESS_HOURS_PRESETS = ['24x7', 'business-days', 'custom'] as const;
export type BusinessHoursPreset = (typeof BUSINESS_HOURS_PRESETS)[number];

/** The preset `business-days`: Monday to Friday, 08:00 to 18:00 local time. */
export const BUSINESS_DAYS_ENTRY = 'Mon-Fri 08:00-18:00';

/** The settings' calendar: a preset, the custom grid's entries and the holidays (YYYY-MM-DD, local days). */
export interface BusinessHours {
  preset: BusinessHoursPreset;
  hours: readonly string[];
  holidays: readonly string[];
}

/** Covered wall-clock minutes of each weekday (index 0 Monday): ascending, disjoint [from, to) in 0..1440. */
export type WeekGrid = [number, number][][];

export class BusinessHoursError extends Error {}

const DAY_INDEX = new Map<string, number>(WEEKDAYS.map((d, i) => [d.toLowerCase(), i]));

/** "09:00" -> 540; "24:00" (the day's end) -> 1440. */
function clockMinutes(text: string, entry: string): number {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(minutes <= 1440)) throw new BusinessHoursError(`"${entry}": "${text}" is not a time from 00:00 to 24:00`);
  return minutes;
}

/** "Mon-Fri", "Sat", "Mon,Wed,Fri", "Fri-Mon" (wrapping) -> weekday indices. */
function weekdays(text: string, entry: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-').map((s) => DAY_INDEX.get(s.trim().toLowerCase()));
    if (a === undefined || extra !== undefined || (part.includes('-') && b === undefined)) {
      throw new BusinessHoursError(`"${entry}": "${part.trim()}" is not a weekday or range of them (Mon..Sun)`);
    }
    const last = b ?? a;
    for (let d = a; ; d = (d + 1) % 7) {
      out.add(d);
      if (d === last) break;
    }
  }
  return [...out];
}

/**
 * One entry, "DAYS HH:MM-HH:MM" (e.g. "Mon-Fri 09:00-17:00"), as covered minutes per weekday. An entry whose
 * end is not after its start crosses midnight: "Fri 22:00-02:00" covers Friday from 22:00 and Saturday to
 * 02:00; "Mon 00:00-00:00" is the whole day.
 */
export function parseHoursEntry(entry: string): WeekGrid {
  const m = /^\s*(\S+)\s+(\S+)\s*-\s*(\S+)\s*$/.exec(entry);
  if (!m) throw new BusinessHoursError(`"${entry}": expected DAYS HH:MM-HH:MM, such as "Mon-Fri 09:00-17:00"`);
  const days = weekdays(m[1]!, entry);
  const from = clockMinutes(m[2]!, entry);
  const to = clockMinutes(m[3]!, entry);
  if (from === 1440) throw new BusinessHoursError(`"${entry}": a day's hours start before 24:00`);
  const grid: WeekGrid = WEEKDAYS.map(() => []);
  for (const d of days) {
    if (to > from) grid[d]!.push([from, to]);
    else {
      grid[d]!.push([from, 1440]);
      if (to > 0) grid[(d + 1) % 7]!.push([0, to]);
    }
  }
  return grid;
}

/** The entries a calendar's preset stands for. */
export function presetEntries(hours: BusinessHours): readonly string[] {
  if (hours.preset === '24x7') return ['Mon-Sun 00:00-24:00'];
  if (hours.preset === 'business-days') return [BUSINESS_DAYS_ENTRY];
  return hours.hours;
}

/** The union of entries' grids, each weekday's spans merged. */
export function weekGrid(entries: readonly string[]): WeekGrid {
  const grids = entries.map(parseHoursEntry);
  return WEEKDAYS.map((_, d) => {
    const spans = grids.flatMap((g) => g[d]!).sort((x, y) => x[0] - y[0]);
    const out: [number, number][] = [];
    for (const [a, b] of spans) {
      const last = out[out.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    return out;
  });
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" holiday. */
function holidayDay(text: string): number {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/** True when a calendar covers every instant (24x7 without holidays): figures are then SPEC 5's unchanged. */
export function coversEverything(hours: BusinessHours): boolean {
  return hours.preset === '24x7' && hours.holidays.length === 0;
}

/**
 * The instants whose wall-clock time in `clock`'s zone lies in [w0, w1) (wall ms: "as if the wall time were
 * UTC"), appended to `out` as [start, end) pairs. A wall time a spring-forward gap skips is no instant, so it is
 * not covered; one a fall-back overlap repeats is two instants, both covered. Assumes at most one offset change
 * within a day either side, as ZoneClock does.
 */
function wallSpanInstants(clock: ZoneClock, w0: number, w1: number, out: number[]): void {
  const before = clock.offsetAt(w0 - MS_PER_DAY);
  const after = clock.offsetAt(w1 + MS_PER_DAY);
  if (before === after) {
    out.push(w0 - before, w1 - before);
    return;
  }
  // the change: the first 15-minute bucket (every change since 1970 is on one) already at the later offset
  const bucket = 15 * MS_PER_MINUTE;
  let lo = Math.floor((w0 - MS_PER_DAY) / bucket);
  let hi = Math.ceil((w1 + MS_PER_DAY) / bucket);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (clock.offsetAt(mid * bucket) === before) lo = mid;
    else hi = mid;
  }
  const change = hi * bucket;
  const a1 = w0 - before;
  const b1 = Math.min(w1 - before, change);
  if (a1 < b1) out.push(a1, b1);
  const a2 = Math.max(w0 - after, change);
  const b2 = w1 - after;
  if (a2 < b2) out.push(a2, b2);
}

/** Flat [start, end, ...] pairs clipped to [from, to) and merged. */
function mergeClipped(pairs: number[], from: number, to: number): Float64Array {
  const clipped: [number, number][] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const a = Math.max(pairs[k]!, from);
    const b = Math.min(pairs[k + 1]!, to);
    if (a < b) clipped.push([a, b]);
  }
  return mergeSpans(clipped);
}

/**
 * The covered time of [from, to) (instants, ms) under a calendar in `zone`: ascending, disjoint [start, end)
 * pairs. Each local day that is not a holiday covers its weekday's wall-clock spans.
 */
export function coveredSpans(hours: BusinessHours, zone: string, from: number, to: number): Float64Array {
  const grid = weekGrid(presetEntries(hours));
  const holidays = new Set(hours.holidays.map(holidayDay));
  const clock = new ZoneClock(zone);
  const localDay = (t: number): number => Math.floor((t + clock.offsetAt(t)) / MS_PER_DAY);
  const pairs: number[] = [];
  // a day either side: a span of the day before or after can reach into [from, to) across an offset change
  for (let day = localDay(from) - 1; day <= localDay(to - 1) + 1; day++) {
    if (holidays.has(day)) continue;
    // 1970-01-01 was a Thursday (index 3 from Monday)
    const weekday = (((day + 3) % 7) + 7) % 7;
    for (const [a, b] of grid[weekday]!) {
      wallSpanInstants(clock, day * MS_PER_DAY + a * MS_PER_MINUTE, day * MS_PER_DAY + b * MS_PER_MINUTE, pairs);
    }
  }
  return mergeClipped(pairs, from, to);
}

/** "Mon-Fri 09:00-17:00", "24x7": the calendar's hours as the report's assumptions name them. */
export function businessHoursGrid(hours: BusinessHours): string {
  return hours.preset === '24x7' ? '24x7' : presetEntries(hours).join(', ');
}
