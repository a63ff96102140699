import type { PrometheusClient } from './prometheus-client';
import { oneSeries, windowFigure, type RangeRule } from './promql';
import { windowOfAll, type SampleWindow } from './raw-samples';

/** Whether the series has a sample in [from, to): one number from the server. */
async function holdsSample(
  client: PrometheusClient,
  one: string,
  from: number,
  to: number,
  rule: RangeRule,
): Promise<boolean> {
  const { query, at } = windowFigure('count_over_time', one, from, to, rule);
  const answer = await client.vector(query, at);
  return answer.length > 0 && answer[0]!.value > 0;
}

/**
 * The first (or last) samples of a series in [from, to), which holds at least one: the server halves the
 * window by counting until it is at most `width` long, then its raw samples are fetched. A series that starts,
 * stops or pauses inside a month so costs a dozen counts and one short window, not the month's samples.
 */
export async function edgeSamples(
  client: PrometheusClient,
  selector: string,
  metric: Record<string, string>,
  from: number,
  to: number,
  width: number,
  rule: RangeRule,
  which: 'first' | 'last',
): Promise<SampleWindow> {
  const one = oneSeries(selector, metric);
  let lo = from;
  let hi = to;
  // the sample sought lies in [lo, hi)
  while (hi - lo > width) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (which === 'first') {
      if (await holdsSample(client, one, lo, mid, rule)) hi = mid;
      else lo = mid;
    } else if (await holdsSample(client, one, mid, hi, rule)) lo = mid;
    else hi = mid;
  }
  const found = [...(await windowOfAll(client, one, lo, hi, rule)).values()];
  return found[0] ?? { times: [], values: [] };
}
