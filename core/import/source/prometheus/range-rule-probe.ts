import type { PrometheusClient } from './prometheus-client';
import { oneSeries, type RangeRule } from './promql';

/**
 * Which rule the server really applies, asked of it: a 1 ms range that starts exactly on a sample the
 * server holds at t (and no sample at t + 1 ms) counts that sample only when the range includes its start.
 * Version strings can mislead (VictoriaMetrics answers buildinfo with a Prometheus 2 version for Grafana).
 */
export async function probeRangeRule(
  client: PrometheusClient,
  selector: string,
  metric: Record<string, string>,
  t: number,
): Promise<RangeRule> {
  const query = `count_over_time(${oneSeries(selector, metric)}[1ms] @ ${((t + 1) / 1000).toFixed(3)})`;
  const answer = await client.vector(query, t + 1);
  return answer.length > 0 && answer[0]!.value > 0 ? 'both-ends' : 'start-excluded';
}
