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
import { TEXT_STRINGS, type TextStrings } from './text-strings';

/** A column of the terminal and Markdown month tables: its figure, its heading's word, its alignment. */
export interface TextMonthColumn {
  id: MonthColumnId;
  word: keyof TextStrings['columns'];
  align: Column['align'];
}

/** The month table of the terminal report and of Markdown, after the leading Month column. */
export const TEXT_MONTH_COLUMNS: readonly TextMonthColumn[] = [
  { id: 'availability', word: 'availability', align: 'right' },
  { id: 'target', word: 'target', align: 'right' },
  { id: 'met', word: 'met', align: 'left' },
  { id: 'downtime', word: 'downtime', align: 'right' },
  { id: 'budgetLeft', word: 'budgetLeft', align: 'right' },
  { id: 'credit', word: 'credit', align: 'right' },
  { id: 'episodes', word: 'episodes', align: 'right' },
  { id: 'userMinutesLost', word: 'userHoursLost', align: 'right' },
];

/** The whole month table's columns, headed in the report's language. */
export function monthTextColumns(locale: Locale): Column[] {
  const words = TEXT_STRINGS[locale].columns;
  return [
    { header: words.month, align: 'left' },
    ...TEXT_MONTH_COLUMNS.map((c) => ({ header: words[c.word], align: c.align })),
  ];
}

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
