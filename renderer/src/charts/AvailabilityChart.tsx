import { useMemo, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import { formatAvailability, formatDuration, formatMonthKey, formatNumber, formatTarget } from '@core/format';
import type { PeriodFigures } from '@core/model/report-model';
import { useLocale } from '../i18n';
import { ChartCard } from './ChartCard';
import { prefersReducedMotion, type ChartColors } from './chart-theme';
import { MonthTable } from './MonthTable';
import { fromNines, ninesBounds, percentBounds, toNines } from './nines-scale';

type AxisMode = 'nines' | 'percent';

/** Monthly availability of one service as bars against its target; missed months in the "missed" colour. */
export function AvailabilityChart(props: {
  rows: readonly PeriodFigures[];
  serviceLabel: string;
  color: string;
  colors: ChartColors;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [axis, setAxis] = useState<AxisMode>('nines');
  const { rows, colors } = props;

  const { data, options } = useMemo(() => {
    const values = rows.map((r) => r.availability).filter((a): a is number => a !== null);
    const targets = rows.map((r) => r.target);
    const bounds =
      axis === 'nines'
        ? ninesBounds([...values, ...targets].map(toNines))
        : (({ min, max }) => ({ min: min * 100, max: max * 100 }))(percentBounds([...values, ...targets]));
    const value = (a: number | null): number | null =>
      a === null ? null : axis === 'nines' ? Math.min(bounds.max, toNines(a)) : a * 100;
    const data: ChartData<'bar' | 'line', (number | null)[], string> = {
      labels: rows.map((r) => formatMonthKey(r.month ?? '', locale)),
      datasets: [
        {
          type: 'bar',
          label: t('table.availability'),
          data: rows.map((r) => value(r.availability)),
          backgroundColor: rows.map((r) => (r.met === false ? colors.missed : props.color)),
          borderRadius: 2,
          order: 2,
        },
        {
          type: 'line',
          label: t('charts.target'),
          data: rows.map((r) => value(r.target)),
          borderColor: colors.target,
          borderWidth: 1.5,
          borderDash: [5, 4],
          pointRadius: 0,
          stepped: 'middle',
          order: 1,
        },
      ],
    };
    const options: ChartOptions<'bar' | 'line'> = {
      responsive: true,
      maintainAspectRatio: false,
      animation: prefersReducedMotion() ? false : { duration: 200 },
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = rows[ctx.dataIndex];
              if (!r) return '';
              if (ctx.datasetIndex === 1) return `${t('charts.target')}: ${formatTarget(r.target, locale)}`;
              const verdict = r.met === false ? ` (${t('charts.missed')})` : '';
              return `${t('table.availability')}: ${formatAvailability(r.availability, locale)}${verdict} · ${t('table.downtime')}: ${formatDuration(r.downtimeMinutes, locale)}`;
            },
          },
        },
      },
      scales: {
        x: {
          grid: { display: false },
          ticks: { color: colors.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 8 },
        },
        y: {
          min: bounds.min,
          max: bounds.max,
          grid: { color: colors.grid },
          ticks: {
            color: colors.muted,
            stepSize: axis === 'nines' ? 1 : undefined,
            callback: (v) =>
              axis === 'nines' ? formatTarget(fromNines(Number(v)), locale) : `${formatNumber(Number(v), locale, 3)} %`,
          },
        },
      },
    };
    return { data, options };
  }, [rows, axis, colors, props.color, locale, t]);

  return (
    <ChartCard
      id="availability"
      title={`${t('charts.availability')} · ${props.serviceLabel}`}
      description={t('charts.availabilityDesc')}
      controls={
        <div className="segmented" role="group" aria-label={t('charts.axisMode')}>
          <button type="button" aria-pressed={axis === 'nines'} onClick={() => setAxis('nines')}>
            {t('charts.nines')}
          </button>
          <button type="button" aria-pressed={axis === 'percent'} onClick={() => setAxis('percent')}>
            {t('charts.linear')}
          </button>
        </div>
      }
      chart={
        <Chart
          type="bar"
          data={data as ChartData<'bar'>}
          options={options as ChartOptions<'bar'>}
          aria-label={t('charts.availability')}
          role="img"
        />
      }
      table={() => <MonthTable rows={rows} caption={t('charts.availability')} />}
    />
  );
}
