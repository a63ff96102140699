import type { ChartConfiguration, ScaleOptions } from 'chart.js';
import { formatCount, formatDuration, formatMonthKey, formatNumber, formatTarget, type Locale } from '@core/format';
import type { PeriodFigures, ReportModel } from '@core/model/report-model';
import type { BudgetBurn } from '@core/report/budget-burn';
import {
  hasNoData,
  monthAxis,
  monthBars,
  NO_DATA_AXIS,
  noDataAxis,
  noDataBars,
  targetLine,
  valueAxis,
} from '../src/charts/chart-parts';
import { impactBars, impactSeries } from '../src/charts/impact-series';
import { availabilityScale, MIN_BAR_PX, niceStep } from '../src/charts/availability-scale';
import { fromNines } from '../src/charts/nines-scale';
import { PALETTE } from './palette';

type Config = ChartConfiguration<'bar' | 'line'>;

/** Bars a little apart, so 24 months read as months, not as a solid block. */
const BAR_STYLE = { barPercentage: 0.72, categoryPercentage: 0.9, maxBarThickness: 34 } as const;

/**
 * Month labels that stay legible however long the range: the month, with the year under January and the first
 * month; beyond two years only quarter starts are named, beyond five only Januaries.
 */
function labelEvery(monthCount: number): number {
  return monthCount > 60 ? 12 : monthCount > 24 ? 3 : 1;
}

function monthLabels(months: readonly { month: string | null }[], locale: Locale): (string | string[])[] {
  const every = labelEvery(months.length);
  let lastNamed = -Infinity;
  return months.map((m, i) => {
    const month = Number(m.month?.slice(5, 7));
    // the first month is always named; a quarter start right after it would print on top of it
    if (i > 0 && ((month - 1) % every !== 0 || i - lastNamed < Math.min(every, 2))) return '';
    lastNamed = i;
    const label = formatMonthKey(m.month ?? '', locale);
    const split = /^(.*)\s(\d{4})$/.exec(label);
    if (!split) return label;
    if (every === 12) return split[2]!;
    return i === 0 || month === 1 ? [split[1]!, split[2]!] : split[1]!;
  });
}

/** chart.js skips no label: monthLabels has chosen which months are named. */
const xAxis = monthAxis({ autoSkip: false, font: { size: 9 } }, { type: 'category', border: { color: PALETTE.axis } });

function yAxis(format: (v: number) => string, extra: Partial<ScaleOptions<'linear'>> = {}): ScaleOptions<'linear'> {
  return valueAxis(
    PALETTE.grid,
    { maxTicksLimit: 6, callback: (v) => format(Number(v)) },
    { type: 'linear', border: { display: false }, ...extra },
  );
}

/** A chart over the months, without a legend, on the report's month axis. */
function monthChart(
  type: Config['type'],
  labels: (string | string[])[],
  datasets: Config['data']['datasets'],
  y: ScaleOptions<'linear'>,
): Config {
  return {
    type,
    data: { labels, datasets },
    options: { plugins: { legend: { display: false } }, scales: { x: xAxis, y } },
  };
}

/** Minutes a duration axis steps by: whole minutes, hours and days, about five ticks over the range. */
const DURATION_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 7200, 14400, 43200, 86400];
function durationStep(range: number): number {
  const wanted = range / 5;
  return DURATION_STEPS.find((s) => s >= wanted) ?? niceStep(wanted);
}

/**
 * Availability per month on the dashboard's nines axis (availability-scale.ts): whole-nine ticks, a month without
 * downtime above the top tick, a 0 % month a visible stub; `axisTitle` says where the axis starts.
 */
export function availabilityChart(
  months: readonly PeriodFigures[],
  target: number,
  locale: Locale,
  axisTitle: (bottom: string) => string,
): Config {
  const scale = availabilityScale(
    months.map((m) => m.availability),
    [target],
  );
  const chart = monthChart(
    'bar',
    monthLabels(months, locale),
    [
      monthBars(
        months.map((m) => scale.plot(m.availability)),
        months.map((m) => (m.met === false ? PALETTE.missed : PALETTE.met)),
        { ...BAR_STYLE, minBarLength: MIN_BAR_PX },
      ),
      targetLine(
        months.map(() => scale.plot(target)),
        PALETTE.target,
        { width: 1.2, dash: [5, 3] },
      ),
    ],
    yAxis((v) => formatTarget(fromNines(v), locale), {
      min: scale.min,
      max: scale.max,
      title: { display: true, text: axisTitle(formatTarget(fromNines(scale.min), locale)), font: { size: 8 } },
      ticks: {
        stepSize: 1,
        // the headroom above the top tick is where months without downtime end: no label there
        includeBounds: false,
        callback: (v) => formatTarget(fromNines(Number(v)), locale),
      },
    }),
  );
  if (!hasNoData(months)) return chart;
  // the share of each month nobody observed: grey bars on their own 0-100 % axis, never part of the availability
  chart.data.datasets.push(noDataBars(months, PALETTE.noData, BAR_STYLE));
  chart.options!.scales![NO_DATA_AXIS] = noDataAxis(PALETTE.muted, (v) => `${formatNumber(v, locale, 0)} %`);
  return chart;
}

/** The range's budget left: the whole budget at the start, then at the end of each month. */
export function burnDownChart(burn: BudgetBurn, locale: Locale, startLabel: string): Config {
  const months = burn.points;
  const remaining = [burn.totalMinutes, ...months.map((p) => p.remainingMinutes)];
  const step = durationStep(Math.max(...remaining, 0) - Math.min(...remaining, 0) || 60);
  // on whole steps, zero included: the axis ends where a tick does, never at an odd value such as -94
  const min = Math.floor(Math.min(...remaining, 0) / step) * step;
  const max = Math.max(Math.ceil(Math.max(...remaining, 0) / step) * step, min + step);
  return monthChart(
    'line',
    // with thinned month labels, "Start" would print on top of the first month's
    [labelEvery(months.length) > 1 ? '' : startLabel, ...monthLabels(months, locale)],
    [
      {
        type: 'line',
        data: remaining,
        borderColor: PALETTE.primary,
        backgroundColor: PALETTE.primarySoft,
        borderWidth: 1.6,
        pointRadius: 1.8,
        pointBackgroundColor: PALETTE.primary,
        fill: 'origin',
        tension: 0,
      },
    ],
    yAxis((v) => formatDuration(v, locale), {
      grid: { color: (c) => (c.tick.value === 0 ? PALETTE.ink : PALETTE.grid) },
      min,
      max,
      ticks: { stepSize: step, callback: (v) => formatDuration(Number(v), locale) },
    }),
  );
}

/** The platform's user-hours per month, the same bars as the dashboard's (impactBars): an outage counts once. */
export function impactChart(model: ReportModel, locale: Locale): Config {
  const series = impactSeries(model);
  return monthChart(
    'bar',
    monthLabels(
      series.monthKeys.map((month) => ({ month })),
      locale,
    ),
    impactBars(series, PALETTE.primary, BAR_STYLE),
    yAxis((v) => formatCount(v, locale), { beginAtZero: true }),
  );
}
