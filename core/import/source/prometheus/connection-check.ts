import { ImportError } from '../../../model/import-result';
import type { Settings } from '../../../model/settings';
import { reportRange } from '../../../time/report-range';
import { monthBoundaries } from '../../../time/zoned-months';
import { PrometheusClient } from './prometheus-client';
import { rangeRuleOf, seriesSelector, windowSelector, type RangeRule } from './promql';
import type { PrometheusQuery } from './prometheus-source';

/** What a server says before a report is read from it: who it is and how much the query would read. */
export interface ConnectionCheck {
  /** the URL as shown (credentials left out) */
  url: string;
  version: string | null;
  rangeRule: RangeRule;
  /** series of the query with a sample in the range */
  series: number;
  /** more series than the source reads: the read would be refused */
  tooMany: boolean;
}

/**
 * Asks the server what a read of `q` over the settings' range would meet, in two requests: its build info, and
 * `count(count_over_time(SELECTOR[range] @ end))`, the number of series with a sample in the range (the
 * server counts them; no sample crosses the wire). Fails as the read would: unreachable, not a selector,
 * refused by the server, no answer in time.
 */
export async function checkConnection(
  q: PrometheusQuery,
  settings: Settings,
  signal?: AbortSignal,
): Promise<ConnectionCheck> {
  const client = new PrometheusClient({ url: q.url, timeoutMs: q.timeoutMs, signal });
  const selector = seriesSelector(q.query);
  if (selector === null) {
    throw new ImportError(
      `the query must be a series selector such as probe_success{job="blackbox"}, not "${q.query}" ` +
        '(an expression has no raw samples: record it with a recording rule and select that)',
    );
  }
  const range = reportRange(null, settings.range, settings.reportTimeZone);
  if (range === null) throw new ImportError('a Prometheus report needs its range: a first and a last month');
  const b = monthBoundaries(range.from, range.to, settings.reportTimeZone);
  const version = await client.version();
  const rangeRule = rangeRuleOf(version);
  const w = windowSelector(selector, b[0]!, b[b.length - 1]!, rangeRule);
  const answer = await client.vector(`count(count_over_time(${w.query}))`, w.at);
  const series = answer[0]?.value ?? 0;
  return { url: client.url, version, rangeRule, series, tooMany: series > q.maxSeries };
}
