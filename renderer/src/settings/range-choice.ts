/**
 * The report-range picker's state (issue 16): the data's own months, a preset read on the day the report is
 * built ("last month" in a saved report means the month before the day it runs), or custom days. Pure, so the
 * picker's rules are tested without a browser.
 */
import { daysInMonth } from '@core/time/civil-time';
import { RANGE_PRESETS } from '@core/time/period-presets';
import type { Settings } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';

export const RANGE_CHOICES = ['data', ...RANGE_PRESETS, 'custom'] as const;
export type RangeChoice = (typeof RANGE_CHOICES)[number];
type Range = Settings['range'];

/** Which choice a saved range is. */
export function rangeChoiceOf(range: Range): RangeChoice {
  if (range.preset !== undefined) return range.preset;
  return range.from !== null || range.to !== null ? 'custom' : 'data';
}

/**
 * A range side as a date input shows it: a month side stands for its first day (from) or its last (to), so a
 * range saved to the month reads as the same days.
 */
export function dayInputValue(side: string | null, end: boolean): string {
  if (side === null) return '';
  if (side.length === 10) return side;
  const [y, m] = [Number(side.slice(0, 4)), Number(side.slice(5, 7))];
  return `${side}-${end ? String(daysInMonth(y, m)).padStart(2, '0') : '01'}`;
}

/**
 * The range a choice sets. Custom days start from the days the report shows now (`shown`: the model's own range,
 * its first and last month when it came from the data), so switching to custom changes no figure until a day is
 * edited.
 */
export function rangeForChoice(choice: RangeChoice, shown: { from: string | null; to: string | null }): Range {
  if (choice === 'data') return { from: null, to: null };
  if (choice === 'custom')
    return { from: dayInputValue(shown.from, false) || null, to: dayInputValue(shown.to, true) || null };
  return { from: null, to: null, preset: choice };
}

/** A custom range after one of its day inputs changed; a string when it is backwards (the input is then refused). */
export function withCustomDay(range: Range, side: 'from' | 'to', value: string): Range | 'backwards' {
  const next = { from: range.from, to: range.to, [side]: value === '' ? null : value };
  const from = dayInputValue(next.from, false);
  const to = dayInputValue(next.to, true);
  if (from !== '' && to !== '' && from > to) return 'backwards';
  return { from: next.from, to: next.to };
}

/** The range a report shows: its settings' days (a preset's, resolved by the engine), else its first and last month. */
export function shownRange(model: Pick<ReportModel, 'settings' | 'monthKeys'> | null): {
  from: string | null;
  to: string | null;
} {
  if (!model) return { from: null, to: null };
  const { range } = model.settings;
  return { from: range.from ?? model.monthKeys[0] ?? null, to: range.to ?? model.monthKeys.at(-1) ?? null };
}
