import type { ChartDataset, ChartOptions, ScaleOptions } from 'chart.js';
import type { PeriodFigures } from '@core/model/report-model';
import { prefersReducedMotion, type ChartColors } from './chart-theme';

/**
 * The pieces the dashboard's charts and the PDF's charts (renderer/report/chart-configs.ts) are built from, so a
 * month bar, a target line or an axis is made one way. Colours and sizes stay the caller's: the dashboard draws
 * in its theme for a screen, the report in its print palette at print size.
 */

type Values = (number | null)[];

/** One bar per month; `order` 2 puts the bars behind any line (chart.js draws the higher order first). */
export function monthBars<T extends Values | number[]>(
  data: T,
  backgroundColor: string | string[],
  extra: Omit<ChartDataset<'bar', T>, 'type' | 'data'> = {},
): ChartDataset<'bar', T> {
  return { type: 'bar', data, backgroundColor, order: 2, ...extra };
}

/** The axis the no-data bars are drawn against. */
export const NO_DATA_AXIS = 'noData';

/** Whether any month holds time nobody observed (SPEC 5 noDataMinutes). */
export const hasNoData = (rows: readonly PeriodFigures[]): boolean => rows.some((r) => r.noDataMinutes > 0);

/**
 * Each month's share of time nobody observed, in percent, as bars of their own colour on their own 0-100 %
 * axis (noDataAxis): no data is neither up nor down, so it is never drawn as part of an availability bar.
 */
export function noDataBars(
  rows: readonly PeriodFigures[],
  color: string,
  extra: Omit<ChartDataset<'bar', Values>, 'type' | 'data'> = {},
): ChartDataset<'bar', Values> {
  const shares = rows.map((r) => (r.periodMinutes > 0 ? (100 * r.noDataMinutes) / r.periodMinutes : null));
  return { type: 'bar', data: shares, backgroundColor: color, yAxisID: NO_DATA_AXIS, order: 3, ...extra };
}

/** The right-hand 0-100 % axis of the no-data bars. */
export function noDataAxis(color: string, format: (v: number) => string): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    position: 'right',
    min: 0,
    max: 100,
    grid: { drawOnChartArea: false },
    border: { display: false },
    ticks: { color, maxTicksLimit: 3, callback: (v) => format(Number(v)) },
  } as ScaleOptions<'linear'>;
}

/** A target: a dashed line without points, drawn over the bars. */
export function targetLine(
  data: Values,
  color: string,
  stroke: { width: number; dash: number[] },
  extra: Omit<ChartDataset<'line', Values>, 'type' | 'data'> = {},
): ChartDataset<'line', Values> {
  return {
    type: 'line',
    data,
    borderColor: color,
    borderWidth: stroke.width,
    borderDash: stroke.dash,
    pointRadius: 0,
    order: 1,
    ...extra,
  };
}

/** The month axis: no vertical grid lines, labels never turned. */
export function monthAxis(
  ticks: ScaleOptions<'category'>['ticks'],
  extra: Partial<ScaleOptions<'category'>> = {},
): ScaleOptions<'category'> {
  return { ...extra, grid: { display: false }, ticks: { maxRotation: 0, ...ticks } } as ScaleOptions<'category'>;
}

/** A value axis: horizontal grid lines in the grid colour; `extra` may replace the grid and the ticks whole. */
export function valueAxis(
  gridColor: string,
  ticks: ScaleOptions<'linear'>['ticks'],
  extra: Partial<ScaleOptions<'linear'>> = {},
): ScaleOptions<'linear'> {
  return { grid: { color: gridColor }, ticks, ...extra } as ScaleOptions<'linear'>;
}

/** The props of a dashboard chart of one service's months. */
export interface ServiceChartProps {
  rows: readonly PeriodFigures[];
  serviceLabel: string;
  color: string;
  colors: ChartColors;
}

/** The dashboard's month axis, in the theme's muted colour, skipping labels that would touch. */
export function screenMonthAxis(colors: ChartColors, extra: Partial<ScaleOptions<'category'>> = {}) {
  return monthAxis({ color: colors.muted, autoSkipPadding: 8 }, extra);
}

/**
 * What every dashboard chart shares: it fills its card, one tooltip names the whole month, and it moves only when
 * the OS does not ask for less motion.
 */
export function screenChartOptions(): Pick<
  ChartOptions<'bar' | 'line'>,
  'responsive' | 'maintainAspectRatio' | 'animation' | 'interaction'
> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: prefersReducedMotion() ? false : { duration: 200 },
    interaction: { mode: 'index', intersect: false },
  };
}
