import { useTranslation } from 'react-i18next';
import { formatAvailability, formatDuration, formatNumber } from '@core/format';
import type { ReportModel, StatusDay } from '@core/model/report-model';
import { ChartCard } from '../charts/ChartCard';
import { useLocale } from '../i18n';

/** The day's figures in one line: what the hover says and the table spells out in columns. */
function useDayText() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (d: StatusDay) =>
    t('status.dayTitle', {
      date: d.date,
      worst: t(`status.worst.${d.worst}`),
      downtime: formatDuration(d.downtimeMinutes, locale),
      noData: formatDuration(d.noDataMinutes, locale),
      availability: formatAvailability(d.availability, locale),
    });
}

/**
 * Status bars (issue 18 item 6): every service's last 90 days as status pages draw them, each day coloured by
 * its worst severity (core/report/status-days.ts), its figures on hover; the table lists the chosen service's days.
 */
export function StatusBars(props: { model: ReportModel; service: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const dayText = useDayText();
  const label = (s: string) => (s === '*' ? t('service.platform') : s);
  const bars = props.model.statusDays;
  const first = bars[0]?.days[0]?.date;
  const last = bars[0]?.days[bars[0].days.length - 1]?.date;
  if (!first || !last) return null;
  const chosen = bars.find((b) => b.service === props.service) ?? bars[0]!;
  return (
    <ChartCard
      id="status-bars"
      wide
      title={t('status.title', { count: bars[0]!.days.length })}
      description={t('status.description', { from: first, to: last, zone: props.model.settings.reportTimeZone })}
      chart={
        <div className="status-bars" data-testid="status-bars">
          {bars.map((b) => (
            <div key={b.service} className="status-bars__row">
              <span className="status-bars__name">{label(b.service)}</span>
              <ol className="status-bars__days" aria-label={label(b.service)}>
                {b.days.map((d) => (
                  <li
                    key={d.date}
                    className={`status-day status-day--${d.worst}`}
                    title={dayText(d)}
                    aria-label={dayText(d)}
                    data-worst={d.worst}
                  />
                ))}
              </ol>
            </div>
          ))}
          <p className="status-bars__legend">
            {(['up', 'degraded', 'partial', 'major', 'maintenance', 'noData'] as const).map((w) => (
              <span key={w}>
                <i className={`status-day status-day--${w}`} aria-hidden="true" /> {t(`status.worst.${w}`)}
              </span>
            ))}
          </p>
        </div>
      }
      table={() => (
        <table className="data-table" data-testid="status-days-table">
          <caption>{label(chosen.service)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('status.date')}</th>
              <th scope="col">{t('status.worstColumn')}</th>
              <th scope="col" className="num">
                {t('status.downtime')}
              </th>
              <th scope="col" className="num">
                {t('status.noData')}
              </th>
              <th scope="col" className="num">
                {t('status.availability')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...chosen.days].reverse().map((d) => (
              <tr key={d.date}>
                <th scope="row">{d.date}</th>
                <td>
                  <i className={`status-day status-day--${d.worst}`} aria-hidden="true" />{' '}
                  {t(`status.worst.${d.worst}`)}
                </td>
                <td className="num">{formatDuration(d.downtimeMinutes, locale)}</td>
                <td className="num">
                  {d.noDataMinutes > 0 ? formatDuration(d.noDataMinutes, locale) : formatNumber(0, locale)}
                </td>
                <td className="num">{formatAvailability(d.availability, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
