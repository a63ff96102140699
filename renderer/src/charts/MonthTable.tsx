import { useTranslation } from 'react-i18next';
import { formatCell, formatMonthKey, type MetWords } from '@core/format';
import type { PeriodFigures } from '@core/model/report-model';
import { MONTH_COLUMNS, type MonthColumnId } from '@core/report/month-table';
import { useLocale } from '../i18n';

/** The dashboard's columns and the i18n key of each heading (under `table.`). */
const COLUMNS: readonly { id: MonthColumnId; heading: string }[] = [
  { id: 'availability', heading: 'availability' },
  { id: 'target', heading: 'target' },
  { id: 'met', heading: 'met' },
  { id: 'downtime', heading: 'downtime' },
  { id: 'budgetLeft', heading: 'budgetLeft' },
  { id: 'budgetConsumed', heading: 'budgetConsumed' },
  { id: 'credit', heading: 'credit' },
  { id: 'userMinutesLost', heading: 'userHours' },
];
const SAMPLES = { id: 'sampleAvailability', heading: 'samples' } as const;
const NO_DATA = { id: 'noData', heading: 'noData' } as const;

/** The month rows of one service: the numbers behind the availability, budget and impact charts. */
export function MonthTable(props: { rows: readonly PeriodFigures[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = [
    ...COLUMNS,
    // status logs also count probe samples (SPEC 2 "sample availability")
    ...(props.rows.some((r) => r.sampleAvailability !== null) ? [SAMPLES] : []),
    // time nobody observed (SPEC 5), shown only when there is some
    ...(props.rows.some((r) => r.noDataMinutes > 0) ? [NO_DATA] : []),
  ];
  const met: MetWords = { met: t('table.yes'), missed: t('table.no'), none: t('table.none') };
  return (
    <table className="data-table data-table--compact">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.month')}</th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className={c.id === 'met' ? undefined : 'num'}>
              {t(`table.${c.heading}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={`${r.service}-${r.month}`} className={r.met === false ? 'row--missed' : undefined}>
            <th scope="row">{formatMonthKey(r.month ?? '', locale)}</th>
            {columns.map((c) => {
              const column = MONTH_COLUMNS[c.id];
              return (
                <td key={c.id} className={c.id === 'met' ? undefined : 'num'}>
                  {formatCell(column.kind, column.value(r), locale, met)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
