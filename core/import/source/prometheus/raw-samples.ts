import type { PrometheusClient } from './prometheus-client';
import { oneSeries, windowSelector, type RangeRule } from './promql';
import { seriesKey } from './period-counts';

/**
 * The most raw samples asked of one series in one request: Prometheus's own bound on the points of one series
 * in a query_range answer, kept here too so no answer grows past what every compatible server serves.
 */
export const POINTS_PER_REQUEST = 11_000;

/** A run of consecutive raw samples of one series (nothing of it left out between them). */
export interface SampleWindow {
  times: number[];
  values: number[];
}

/** Raw samples of window [from, to) of every series the selector picks, by series key (one request). */
export async function windowOfAll(
  client: PrometheusClient,
  selector: string,
  from: number,
  to: number,
  rule: RangeRule,
): Promise<Map<string, SampleWindow>> {
  const { query, at } = windowSelector(selector, from, to, rule);
  const out = new Map<string, SampleWindow>();
  for (const s of await client.matrix(query, at)) out.set(seriesKey(s.metric), { times: s.times, values: s.values });
  return out;
}

/**
 * Every raw sample of one series in [from, to), which the server counted as `count`: asked in windows of
 * equal length, enough of them that each holds about POINTS_PER_REQUEST samples or fewer when they are spread
 * evenly. A range-vector instant query returns each sample with its own timestamp (a subquery would return
 * values on a grid of its own). The windows touch, so together they are consecutive.
 */
export async function allOfSeries(
  client: PrometheusClient,
  selector: string,
  metric: Record<string, string>,
  from: number,
  to: number,
  count: number,
  rule: RangeRule,
): Promise<SampleWindow> {
  const one = oneSeries(selector, metric);
  const chunks = Math.max(1, Math.ceil(count / POINTS_PER_REQUEST));
  const out: SampleWindow = { times: [], values: [] };
  for (let c = 0; c < chunks; c++) {
    const a = from + Math.floor(((to - from) * c) / chunks);
    const b = c + 1 === chunks ? to : from + Math.floor(((to - from) * (c + 1)) / chunks);
    if (b <= a) continue;
    for (const w of (await windowOfAll(client, one, a, b, rule)).values()) {
      out.times.push(...w.times);
      out.values.push(...w.values);
    }
  }
  return out;
}
