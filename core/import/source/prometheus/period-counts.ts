import { ImportError } from '../../../model/import-result';
import type { PrometheusClient } from './prometheus-client';
import { WINDOW_FUNCTIONS, windowFigure, type RangeRule, type WindowFunction } from './promql';

/** What the server counted for one series, per period (index k: period [b[k], b[k + 1])). */
export interface SeriesCounts {
  /** the series' labels (the metric name left out: the counting functions drop it) */
  metric: Record<string, string>;
  /** samples in the period */
  count: Float64Array;
  /** samples whose value is 1 (up): their sum, as the values are 0 or 1 */
  up: Float64Array;
  /** the lowest and highest value (0 / 1 when the series is a 0/1 series; NaN: no sample) */
  min: Float64Array;
  max: Float64Array;
}

/** A series' identity: its labels, sorted. */
export function seriesKey(metric: Record<string, string>): string {
  return JSON.stringify(
    Object.entries(metric)
      .filter(([k]) => k !== '__name__')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * The server's counts of every series the selector picks, per period: four instant queries per period
 * (count, sum, min and max over the period, evaluated at its end with `@`). Raw samples stay on the server.
 * More than `maxSeries` series is an error asking to narrow the query, raised as soon as the first period
 * shows it (before any further query).
 */
export async function periodCounts(
  client: PrometheusClient,
  selector: string,
  boundaries: Float64Array,
  rule: RangeRule,
  maxSeries: number,
  onPeriod?: (done: number, series: number) => void,
): Promise<Map<string, SeriesCounts>> {
  const periods = boundaries.length - 1;
  const series = new Map<string, SeriesCounts>();
  const field: Record<WindowFunction, keyof Omit<SeriesCounts, 'metric'>> = {
    count_over_time: 'count',
    sum_over_time: 'up',
    min_over_time: 'min',
    max_over_time: 'max',
  };
  for (let k = 0; k < periods; k++) {
    for (const fn of WINDOW_FUNCTIONS) {
      const { query, at } = windowFigure(fn, selector, boundaries[k]!, boundaries[k + 1]!, rule);
      for (const { metric, value } of await client.vector(query, at)) {
        const key = seriesKey(metric);
        let s = series.get(key);
        if (s === undefined) {
          s = {
            metric,
            count: new Float64Array(periods),
            up: new Float64Array(periods),
            min: new Float64Array(periods).fill(NaN),
            max: new Float64Array(periods).fill(NaN),
          };
          series.set(key, s);
        }
        s[field[fn]][k] = value;
      }
      if (series.size > maxSeries) {
        throw new ImportError(
          `${client.url}: the query selects more than ${maxSeries} series; narrow it with a label matcher ` +
            '(e.g. {job="..."}) or raise --max-series',
        );
      }
    }
    onPeriod?.(k + 1, series.size);
  }
  return series;
}
