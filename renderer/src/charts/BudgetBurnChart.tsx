import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatMonthKey, formatPercent } from '@core/format';
import { useLocale } from '../i18n';
import type { BudgetBurn } from '@core/report/budget-burn';
import { ChartCard } from './ChartCard';
import { roundBounds } from './availability-scale';
import { screenChartOptions, screenMonthAxis, valueAxis, type ServiceChartProps } from './chart-parts';

/** The whole range's error budget, month by month, against an even burn. */
export function BudgetBurnChart(props: Omit<ServiceChartProps, 'rows'> & { burn: BudgetBurn }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { colors } = props;
  const points = props.burn.points;
  const hasBudget = points.some((p) => p.remainingShare !== null);

  const { data, options } = useMemo(() => {
    const shares = points.map((p) => (p.remainingShare === null ? null : p.remainingShare * 100));
    // round ticks that hold 0 % and 100 % of the budget and every month's share: never an axis ending at -94
    const axis = roundBounds(
      shares.filter((v): v is number => v !== null),
      [0, 100],
    );
    const data: ChartData<'line', (number | null)[], string> = {
      labels: points.map((p) => formatMonthKey(p.month, locale)),
      datasets: [
        {
          label: t('charts.remaining'),
          data: shares,
          borderColor: props.color,
          backgroundColor: `${props.color}22`,
          fill: { target: { value: 0 }, above: `${props.color}22`, below: `${colors.missed}33` },
          pointRadius: 2.5,
          pointBackgroundColor: points.map((p) => (p.remainingMinutes < 0 ? colors.missed : props.color)),
          tension: 0,
          borderWidth: 2,
        },
        {
          label: t('charts.ideal'),
          data: points.map((p) => (p.evenShare === null ? null : p.evenShare * 100)),
          borderColor: colors.ideal,
          borderDash: [5, 4],
          borderWidth: 1.5,
          pointRadius: 0,
          fill: false,
        },
      ],
    };
    const options: ChartOptions<'line'> = {
      ...screenChartOptions(),
      plugins: {
        legend: { display: true, position: 'bottom', labels: { color: colors.text, boxWidth: 12, boxHeight: 2 } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = points[ctx.dataIndex];
              if (!p) return '';
              if (ctx.datasetIndex === 1) return `${t('charts.ideal')}: ${formatPercent(p.evenShare, locale, 1)}`;
              return `${t('charts.remaining')}: ${formatDuration(p.remainingMinutes, locale)} (${formatPercent(p.remainingShare, locale, 1)})`;
            },
          },
        },
      },
      scales: {
        x: screenMonthAxis(colors),
        y: valueAxis(
          colors.grid,
          { color: colors.muted, stepSize: axis.step, callback: (v) => formatPercent(Number(v) / 100, locale, 0) },
          { min: axis.min, max: axis.max },
        ),
      },
    };
    return { data, options };
  }, [points, colors, props.color, locale, t]);

  return (
    <ChartCard
      id="budget"
      title={`${t('charts.budget')} · ${props.serviceLabel}`}
      description={t('charts.budgetDesc')}
      chart={
        hasBudget ? (
          <Line data={data} options={options} aria-label={t('charts.budget')} role="img" />
        ) : (
          <p className="empty">{t('kpi.budgetNone')}</p>
        )
      }
      table={() => (
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('charts.budget')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.month')}</th>
              <th scope="col" className="num">
                {t('charts.remaining')}
              </th>
              <th scope="col" className="num">
                %
              </th>
              <th scope="col" className="num">
                {t('charts.ideal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month} className={p.remainingMinutes < 0 ? 'row--missed' : undefined}>
                <th scope="row">{formatMonthKey(p.month, locale)}</th>
                <td className="num">{formatDuration(p.remainingMinutes, locale)}</td>
                <td className="num">{formatPercent(p.remainingShare, locale, 1)}</td>
                <td className="num">{formatPercent(p.evenShare, locale, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
