import type { Locale } from './locale';
import { formatDuration } from './durations';
import { formatAvailability, formatNumber, formatPercent, formatTarget } from './numbers';
import { formatUserHours } from './user-impact';

/**
 * What a table cell holds, which is all a face needs to format it (core/report/month-table gives each column one).
 * A new kind is one entry here and in CELL_FORMATS.
 */
export type CellKind =
  /** a duration in minutes */
  | 'minutes'
  /** an availability fraction */
  | 'availability'
  /** a target fraction */
  | 'target'
  /** met / missed / not judged */
  | 'met'
  /** a fraction that is no availability (budget consumed) */
  | 'share'
  /** a credit in percent (10 = 10 %) */
  | 'creditPercent'
  /** a whole number of things */
  | 'count'
  /** user-minutes lost */
  | 'userMinutes';

export type CellValue = number | boolean | null;

/** How each kind of number reads; a face replaces the kinds it writes its own way. */
export type CellFormats = Record<Exclude<CellKind, 'met'>, (value: number, locale: Locale) => string>;

/** How a face says met, missed and not judged. */
export interface MetWords {
  met: string;
  missed: string;
  none: string;
}

/** The dashboard's way, which the other faces start from. */
export const CELL_FORMATS: CellFormats = {
  minutes: formatDuration,
  availability: formatAvailability,
  target: formatTarget,
  share: (v, locale) => formatPercent(v, locale, 1),
  creditPercent: (v, locale) => formatPercent(v / 100, locale, 0),
  count: (v, locale) => formatNumber(v, locale, 0),
  userMinutes: formatUserHours,
};

/** One cell as text: a missing figure (null) reads as a dash whatever its kind. */
export function formatCell(
  kind: CellKind,
  value: CellValue,
  locale: Locale,
  met: MetWords,
  formats: CellFormats = CELL_FORMATS,
): string {
  if (kind === 'met') return value === null ? met.none : value ? met.met : met.missed;
  return typeof value === 'number' ? formats[kind](value, locale) : '—';
}
