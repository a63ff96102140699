import { useTranslation } from 'react-i18next';
import {
  formatAvailability,
  formatDuration,
  formatMonthKey,
  formatPercent,
  formatTarget,
  formatUserHours,
} from '@core/format';
import type { PeriodFigures } from '@core/model/report-model';
import { useLocale } from '../i18n';

/** The month rows of one service: the numbers behind the availability, budget and impact charts. */
export function MonthTable(props: { rows: readonly PeriodFigures[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // status logs also count probe samples (SPEC 2 "sample availability")
  const hasSamples = props.rows.some((r) => r.sampleAvailability !== null);
  // time nobody observed (SPEC 5), shown only when there is some
  const hasNoData = props.rows.some((r) => r.noDataMinutes > 0);
  return (
    <table className="data-table data-table--compact">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.month')}</th>
          <th scope="col" className="num">
            {t('table.availability')}
          </th>
          <th scope="col" className="num">
            {t('table.target')}
          </th>
          <th scope="col">{t('table.met')}</th>
          <th scope="col" className="num">
            {t('table.downtime')}
          </th>
          <th scope="col" className="num">
            {t('table.budgetLeft')}
          </th>
          <th scope="col" className="num">
            {t('table.budgetConsumed')}
          </th>
          <th scope="col" className="num">
            {t('table.credit')}
          </th>
          <th scope="col" className="num">
            {t('table.userHours')}
          </th>
          {hasSamples ? (
            <th scope="col" className="num">
              {t('table.samples')}
            </th>
          ) : null}
          {hasNoData ? (
            <th scope="col" className="num">
              {t('table.noData')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={`${r.service}-${r.month}`} className={r.met === false ? 'row--missed' : undefined}>
            <th scope="row">{formatMonthKey(r.month ?? '', locale)}</th>
            <td className="num">{formatAvailability(r.availability, locale)}</td>
            <td className="num">{formatTarget(r.target, locale)}</td>
            <td>{r.met === null ? t('table.none') : r.met ? t('table.yes') : t('table.no')}</td>
            <td className="num">{formatDuration(r.downtimeMinutes, locale)}</td>
            <td className="num">{formatDuration(r.budgetRemainingMinutes, locale)}</td>
            <td className="num">{formatPercent(r.budgetConsumed, locale, 1)}</td>
            <td className="num">{formatPercent(r.creditPercent / 100, locale, 0)}</td>
            <td className="num">{formatUserHours(r.userMinutesLost, locale)}</td>
            {hasSamples ? <td className="num">{formatAvailability(r.sampleAvailability, locale)}</td> : null}
            {hasNoData ? (
              <td className="num" data-no-data={r.noDataMinutes}>
                {formatPercent(r.periodMinutes > 0 ? r.noDataMinutes / r.periodMinutes : null, locale, 1)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
