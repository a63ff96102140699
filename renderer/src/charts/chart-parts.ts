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
