import type { CellKind, CellValue } from '../format/cells';
import type { PeriodFigures, ReportModel } from '../model/report-model';
import type { ServiceFacts } from './service-facts';

export type { CellKind, CellValue };

/** A column of the month table: the kind of its values (which decides their format) and where they come from. */
export interface MonthColumn {
  kind: CellKind;
  value(f: PeriodFigures): CellValue;
}

/** Every column a face may show, by id. A new field of the rows is one entry here; a face then lists its id. */
export const MONTH_COLUMNS = {
  eligible: { kind: 'minutes', value: (f) => f.eligibleMinutes },
  downtime: { kind: 'minutes', value: (f) => f.downtimeMinutes },
  availability: { kind: 'availability', value: (f) => f.availability },
  target: { kind: 'target', value: (f) => f.target },
  met: { kind: 'met', value: (f) => f.met },
  budgetLeft: { kind: 'minutes', value: (f) => f.budgetRemainingMinutes },
  budgetConsumed: { kind: 'share', value: (f) => f.budgetConsumed },
  credit: { kind: 'creditPercent', value: (f) => f.creditPercent },
  episodes: { kind: 'count', value: (f) => f.episodes },
  userMinutesLost: { kind: 'userMinutes', value: (f) => f.userMinutesLost },
  sampleAvailability: { kind: 'availability', value: (f) => f.sampleAvailability },
  // the share of the period nobody observed (SPEC 5 noDataMinutes)
  noData: { kind: 'share', value: (f) => (f.periodMinutes > 0 ? f.noDataMinutes / f.periodMinutes : null) },
} as const satisfies Record<string, MonthColumn>;

export type MonthColumnId = keyof typeof MONTH_COLUMNS;

/** A row of the table: a month, a year of a range that spans several, or the whole range. */
export interface MonthRow {
  kind: 'month' | 'year' | 'range';
  /** "YYYY-MM" for a month, the year's label ("2022") for a year, null for the whole range */
  period: string | null;
  figures: PeriodFigures;
}

export interface MonthTableOptions {
  /** a row per year before the range's; only when the range spans more than one (one would repeat the range) */
  years?: boolean;
}

/** The rows of one service's month table: its months, its years if asked, then its whole range. */
export function monthRows(facts: ServiceFacts, options: MonthTableOptions = {}): MonthRow[] {
  const rows: MonthRow[] = facts.months.map((m) => ({ kind: 'month', period: m.month, figures: m }));
  if (options.years && facts.years.length > 1)
    for (const y of facts.years) rows.push({ kind: 'year', period: y.period, figures: y });
  if (facts.summary) rows.push({ kind: 'range', period: null, figures: facts.summary });
  return rows;
}

/**
 * Every service's months, then every service's whole range: the rows of SPEC 7's JSON and of the CSV, in the
 * model's order (service, `*` first, then month).
 */
export function reportRows(model: ReportModel): MonthRow[] {
  return [
    ...model.months.map((m): MonthRow => ({ kind: 'month', period: m.month, figures: m })),
    ...model.summary.map((s): MonthRow => ({ kind: 'range', period: null, figures: s })),
  ];
}

/** A row's values in the order of the given columns. */
export function monthCells(row: MonthRow, columns: readonly MonthColumnId[]): CellValue[] {
  return columns.map((id) => MONTH_COLUMNS[id].value(row.figures));
}
