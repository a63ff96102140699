import { useMemo, useState } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { formatCount, formatMonthKey, formatRateValue, formatUserHours } from '@core/format';
import type { ReportModel } from '@core/model/report-model';
import type { Rate } from '@core/model/setting-values';
import { useLocale } from '../i18n';
import { ChartCard } from './ChartCard';
import { BarLineChart } from './BarLineChart';
import { screenChartOptions, screenMonthAxis, valueAxis } from './chart-parts';
import { impactBars, impactSeries } from './impact-series';
import type { ChartColors } from './chart-theme';

/**
 * User-hours lost per month over all services (the platform row, outages merged), with one impact rate of the
 * platform row on a second axis. Each service's own figure is in the tooltip and the table: a platform-wide outage
 * hit every service, so service layers stacked would count it once per service (issue 16 finding 1).
 */
export function ImpactChart(props: { model: ReportModel; rates: readonly Rate[]; colors: ChartColors }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { model, colors } = props;
  // null: the first rate (follows the settings as rates are added); '': the user chose none
  const [rateName, setRateName] = useState<string | null>(null);
  const rate = rateName === '' ? null : (props.rates.find((r) => r.name === rateName) ?? props.rates[0] ?? null);
  const logServices = model.services.filter((s) => s !== '*');

  const series = useMemo(() => impactSeries(model), [model]);
  const byService = series.byService;
  const platformImpact = useMemo(
    () =>
      model.monthKeys.map((k) =>
        rate ? (model.months.find((m) => m.service === '*' && m.month === k)?.impact[rate.name] ?? 0) : 0,
      ),
    [model, rate],
  );

  const { data, options } = useMemo(() => {
    const datasets: ChartData<'bar' | 'line', (number | null)[], string>['datasets'] = impactBars(
      series,
      colors.series[0]!,
      { label: t('service.platform'), yAxisID: 'y' },
    );
    if (rate) {
      datasets.push({
        type: 'line' as const,
        label: rate.name,
        data: platformImpact,
        borderColor: colors.target,
        backgroundColor: colors.target,
        borderWidth: 1.5,
        pointRadius: 2,
        yAxisID: 'y2',
        order: 1,
      });
    }
    const data = { labels: model.monthKeys.map((k) => formatMonthKey(k, locale)), datasets };
    const options: ChartOptions<'bar' | 'line'> = {
      ...screenChartOptions(),
      plugins: {
        legend: { display: true, position: 'bottom', labels: { color: colors.text, boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const name = ctx.dataset.label ?? '';
              if (rate && name === rate.name && ctx.dataset.yAxisID === 'y2')
                return `${rate.name}: ${formatRateValue(platformImpact[ctx.dataIndex] ?? 0, rate.unit, locale)}`;
              return `${name}: ${formatUserHours(series.platform[ctx.dataIndex] ?? 0, locale)}`;
            },
            // who was hit: each service's own figure; they overlap, so they are listed, never added
            footer: (items) => {
              const i = items[0]?.dataIndex ?? 0;
              return logServices.map((s) => `${s}: ${formatUserHours((byService.get(s) ?? [])[i] ?? 0, locale)}`);
            },
          },
        },
      },
      scales: {
        x: screenMonthAxis(colors),
        y: valueAxis(
          colors.grid,
          { color: colors.muted, callback: (v) => formatCount(Number(v), locale) },
          {
            beginAtZero: true,
            title: { display: true, text: t('charts.userHours'), color: colors.muted },
          },
        ),
        y2: {
          display: rate !== null,
          position: 'right',
          beginAtZero: true,
          grid: { display: false },
          title: { display: rate !== null, text: rate ? rate.unit || rate.name : '', color: colors.muted },
          ticks: { color: colors.muted, callback: (v) => formatCount(Number(v), locale) },
        },
      },
    };
    return { data, options };
  }, [logServices, byService, series, platformImpact, rate, colors, model, locale, t]);

  return (
    <ChartCard
      id="impact"
      wide
      title={t('charts.impact')}
      description={t('charts.impactDesc')}
      controls={
        props.rates.length > 0 ? (
          <label className="inline-field">
            <span>{t('charts.impactRate')}</span>
            <select value={rate?.name ?? ''} onChange={(e) => setRateName(e.target.value)}>
              <option value="">{t('charts.noRate')}</option>
              {props.rates.map((r) => (
                <option key={r.name} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ) : null
      }
      chart={<BarLineChart data={data} options={options} label={t('charts.impact')} />}
      table={() => (
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('charts.impact')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.month')}</th>
              {logServices.map((s) => (
                <th key={s} scope="col" className="num">
                  {s}
                </th>
              ))}
              <th scope="col" className="num">
                {t('service.platform')}
              </th>
              {rate ? (
                <th scope="col" className="num">
                  {rate.name}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {model.monthKeys.map((k, i) => (
              <tr key={k}>
                <th scope="row">{formatMonthKey(k, locale)}</th>
                {[...logServices, '*'].map((s) => (
                  <td key={s} className="num">
                    {formatUserHours((byService.get(s) ?? [])[i] ?? 0, locale)}
                  </td>
                ))}
                {rate ? <td className="num">{formatRateValue(platformImpact[i] ?? 0, rate.unit, locale)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
