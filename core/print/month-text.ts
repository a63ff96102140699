import {
  CELL_FORMATS,
  formatCell,
  formatNumber,
  formatUserHoursCount,
  type CellFormats,
  type Locale,
  type MetWords,
} from '../format';
import { MONTH_COLUMNS, monthRows, type MonthColumnId } from '../report/month-table';
import type { ServiceFacts } from '../report/service-facts';
import type { Column } from './text-table';

/** A column of the terminal and Markdown month tables. */
export interface TextMonthColumn extends Column {
  id: MonthColumnId;
}

/** The month table of the terminal report and of Markdown, after the leading Month column. */
export const TEXT_MONTH_COLUMNS: readonly TextMonthColumn[] = [
  { id: 'availability', header: 'Availability', align: 'right' },
  { id: 'target', header: 'Target', align: 'right' },
  { id: 'met', header: 'Met', align: 'left' },
  { id: 'downtime', header: 'Downtime', align: 'right' },
  { id: 'budgetLeft', header: 'Budget left', align: 'right' },
  { id: 'credit', header: 'Credit', align: 'right' },
  { id: 'episodes', header: 'Episodes', align: 'right' },
  { id: 'userMinutesLost', header: 'User-hours lost', align: 'right' },
];

export const MONTH_LABEL_COLUMN: Column = { header: 'Month', align: 'left' };

/** Plain text: a credit of 0 as a dash, user-minutes as user-hours without the word, counts without separators. */
export const TEXT_FORMATS: CellFormats = {
  ...CELL_FORMATS,
  creditPercent: (v, locale) => (v ? `${formatNumber(v, locale)} %` : '—'),
  count: (v) => String(v),
  userMinutes: formatUserHoursCount,
};

/** One service's month table as rows of text: its months by key, then its whole range under `totalLabel`. */
export function monthTextRows(facts: ServiceFacts, locale: Locale, totalLabel: string, met: MetWords): string[][] {
  return monthRows(facts).map((row) => [
    row.kind === 'range' ? totalLabel : (row.period ?? ''),
    ...TEXT_MONTH_COLUMNS.map(({ id }) => {
      const column = MONTH_COLUMNS[id];
      return formatCell(column.kind, column.value(row.figures), locale, met, TEXT_FORMATS);
    }),
  ]);
}
