import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDuration, formatMonthKey, formatPercent } from '@core/format';
import { SEVERITIES, type Severity } from '@core/model/records';
import type { IncidentRow, ReportModel } from '@core/model/report-model';
import { monthOfInstant, monthStart } from '@core/time/zoned-months';
import { monthKey, parseMonthKey } from '@core/time/month-key';
import { useLocale } from '../i18n';
import { ChartCard } from './ChartCard';
import { prefersReducedMotion, type ChartColors } from './chart-theme';

interface TimelinePoint {
  x: [number, number];
  y: string;
  row: IncidentRow;
}

const TABLE_LIMIT = 200;
/** bars drawn at most: the incidents come largest user impact first, so these are the ones that matter */
const DRAW_LIMIT = 2000;

/** Every record of the range on one time axis, a row per service, coloured by severity. */
export function IncidentTimeline(props: { model: ReportModel; colors: ChartColors }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { model, colors } = props;
  const zone = model.settings.reportTimeZone;
  const platformLabel = t('incidents.platformWide');

  const { data, options, empty } = useMemo(() => {
    const rowsOrder = [...model.services.filter((s) => s !== '*'), platformLabel];
    const first = model.monthKeys[0];
    const last = model.monthKeys[model.monthKeys.length - 1];
    const min = first ? monthStart(parseMonthKey(first), zone) : undefined;
    const max = last ? monthStart(parseMonthKey(last) + 1, zone) : undefined;
    const bySeverity = new Map<Severity, TimelinePoint[]>(SEVERITIES.map((s) => [s, []]));
    for (const r of model.incidents.slice(0, DRAW_LIMIT)) {
      bySeverity.get(r.severity)!.push({ x: [r.start, r.end], y: r.service ?? platformLabel, row: r });
    }
    const data: ChartData<'bar', TimelinePoint[], string> = {
      labels: rowsOrder,
      datasets: SEVERITIES.map((s) => ({
        label: t(`severity.${s}`),
        data: bySeverity.get(s)!,
        backgroundColor: colors.severity[s],
        borderColor: colors.severity[s],
        borderSkipped: false,
        minBarLength: 3,
        barPercentage: 0.9,
        categoryPercentage: 0.7,
        grouped: false,
      })),
    };
    const options: ChartOptions<'bar'> = {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 200 },
      parsing: { xAxisKey: 'x', yAxisKey: 'y' },
      plugins: {
        legend: { display: true, position: 'bottom', labels: { color: colors.text, boxWidth: 12 } },
        tooltip: {
          callbacks: {
            title: (items) => {
              const p = items[0]?.raw as TimelinePoint | undefined;
              return p ? (p.row.title ?? p.row.id ?? t(`severity.${p.row.severity}`)) : '';
            },
            label: (ctx) => {
              const r = (ctx.raw as TimelinePoint).row;
              return [
                `${formatDateTime(r.start, zone, locale)} – ${formatDateTime(r.end, zone, locale)}`,
                `${formatDuration(r.durationMinutes, locale)} · ${t(`severity.${r.severity}`)} · ${t('incidents.affected')} ${formatPercent(r.affectedShare, locale, 1)}`,
              ];
            },
          },
        },
      },
      scales: {
        x: {
          type: 'time',
          min,
          max,
          grid: { color: colors.grid },
          ticks: {
            color: colors.muted,
            maxRotation: 0,
            autoSkipPadding: 12,
            // month labels in the report zone, not the computer's
            callback: (v) => formatMonthKey(monthKey(monthOfInstant(Number(v), zone)), locale),
          },
          time: { unit: 'month' },
        },
        y: { type: 'category', grid: { display: false }, ticks: { color: colors.text } },
      },
    };
    return { data, options, empty: model.incidents.length === 0 };
  }, [model, colors, zone, platformLabel, locale, t]);

  return (
    <ChartCard
      id="timeline"
      wide
      title={t('charts.timeline')}
      description={
        model.incidents.length > DRAW_LIMIT
          ? `${t('charts.timelineDesc')} ${t('charts.timelineLimited', { count: DRAW_LIMIT })}`
          : t('charts.timelineDesc')
      }
      chart={
        empty ? (
          <p className="empty">{t('charts.emptyTimeline')}</p>
        ) : (
          <Bar data={data} options={options} aria-label={t('charts.timeline')} role="img" />
        )
      }
      table={() => (
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('charts.timeline')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('incidents.start')}</th>
              <th scope="col">{t('table.service')}</th>
              <th scope="col">{t('incidents.severity')}</th>
              <th scope="col" className="num">
                {t('incidents.duration')}
              </th>
              <th scope="col">{t('incidents.title_')}</th>
            </tr>
          </thead>
          <tbody>
            {model.incidents.slice(0, TABLE_LIMIT).map((r) => (
              <tr key={r.index}>
                <td>{formatDateTime(r.start, zone, locale)}</td>
                <td>{r.service ?? platformLabel}</td>
                <td>
                  <span className={`sev sev--${r.severity}`}>{t(`severity.${r.severity}`)}</span>
                </td>
                <td className="num">{formatDuration(r.durationMinutes, locale)}</td>
                <td>{r.title ?? r.id ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
