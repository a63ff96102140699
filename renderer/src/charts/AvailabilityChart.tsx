import { useMemo, useState } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { useTranslation } from 'react-i18next';
import {
  formatAvailability,
  formatDuration,
  formatMonthKey,
  formatNumber,
  formatPercent,
  formatTarget,
} from '@core/format';
import { useLocale } from '../i18n';
import { ChartCard } from './ChartCard';
import { BarLineChart } from './BarLineChart';
import {
  hasNoData,
  monthBars,
  NO_DATA_AXIS,
  noDataAxis,
  noDataBars,
  screenChartOptions,
  screenMonthAxis,
  targetLine,
  valueAxis,
  type ServiceChartProps,
} from './chart-parts';
import { MonthTable } from './MonthTable';
import { fromNines, percentBounds } from './nines-scale';
import { availabilityScale, MIN_BAR_PX } from './availability-scale';

type AxisMode = 'nines' | 'percent';

/**
 * Monthly availability of one service as bars against its target; missed months in the "missed" colour. A
 * month with time nobody observed (status logs, service start) gets a second bar of its own colour, the
 * share of the month without data, on its own 0-100 % axis: no data is never drawn as up.
 */
export function AvailabilityChart(props: ServiceChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [axis, setAxis] = useState<AxisMode>('nines');
  const { rows, colors } = props;

  const { data, options } = useMemo(() => {
    const noData = hasNoData(rows);
    const values = rows.map((r) => r.availability).filter((a): a is number => a !== null);
    const targets = rows.map((r) => r.target);
    // the nines axis is the PDF's too (availability-scale.ts): whole nines, a month without downtime above the
    // top tick, values below the bottom drawn at it
    const nines = availabilityScale(
      rows.map((r) => r.availability),
      targets,
    );
    const bounds =
      axis === 'nines'
        ? { min: nines.min, max: nines.max }
        : (({ min, max }) => ({ min: min * 100, max: max * 100 }))(percentBounds([...values, ...targets]));
    const value = (a: number | null): number | null =>
      a === null ? null : axis === 'nines' ? nines.plot(a) : Math.max(bounds.min, a * 100);
    const data: ChartData<'bar' | 'line', (number | null)[], string> = {
      labels: rows.map((r) => formatMonthKey(r.month ?? '', locale)),
      datasets: [
        monthBars(
          rows.map((r) => value(r.availability)),
          rows.map((r) => (r.met === false ? colors.missed : colors.met)),
          { label: t('table.availability'), borderRadius: 2, minBarLength: MIN_BAR_PX },
        ),
        targetLine(
          rows.map((r) => value(r.target)),
          colors.target,
          { width: 1.5, dash: [5, 4] },
          { label: t('charts.target'), stepped: 'middle' },
        ),
        ...(noData ? [noDataBars(rows, colors.noData, { label: t('charts.noData'), borderRadius: 2 })] : []),
      ],
    };
    const percent = (v: number): string => `${formatNumber(v, locale, 0)} %`;
    const options: ChartOptions<'bar' | 'line'> = {
      ...screenChartOptions(),
      plugins: {
        // the no-data colour is named when it is drawn
        legend: { display: noData, labels: { color: colors.muted, boxWidth: 12 } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = rows[ctx.dataIndex];
              if (!r) return '';
              if (ctx.datasetIndex === 1) return `${t('charts.target')}: ${formatTarget(r.target, locale)}`;
              if (ctx.datasetIndex === 2)
                return `${t('table.noData')}: ${formatPercent(r.noDataMinutes / r.periodMinutes, locale, 1)} · ${formatDuration(r.noDataMinutes, locale)}`;
              const verdict = r.met === false ? ` (${t('charts.missed')})` : '';
              return `${t('table.availability')}: ${formatAvailability(r.availability, locale)}${verdict} · ${t('table.downtime')}: ${formatDuration(r.downtimeMinutes, locale)}`;
            },
          },
        },
      },
      scales: {
        x: screenMonthAxis(colors),
        y: valueAxis(
          colors.grid,
          {
            color: colors.muted,
            stepSize: axis === 'nines' ? 1 : undefined,
            // the headroom above the top nine is where months without downtime end: no label there
            includeBounds: axis !== 'nines',
            callback: (v) =>
              axis === 'nines' ? formatTarget(fromNines(Number(v)), locale) : `${formatNumber(Number(v), locale, 3)} %`,
          },
          { min: bounds.min, max: bounds.max },
        ),
        ...(noData ? { [NO_DATA_AXIS]: noDataAxis(colors.muted, percent) } : {}),
      },
    };
    return { data, options };
  }, [rows, axis, colors, locale, t]);

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
      chart={<BarLineChart data={data} options={options} label={t('charts.availability')} />}
      table={() => <MonthTable rows={rows} caption={t('charts.availability')} />}
    />
  );
}
