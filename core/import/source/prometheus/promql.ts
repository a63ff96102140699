/**
 * The PromQL this source issues, in one place so docs/sources.md can show it and an SRE can check it.
 *
 * Every window is [from, to) in ms, read as a range selector evaluated with the `@` modifier at to - 1 ms
 * (samples carry millisecond timestamps, so [from, to - 1 ms] is [from, to)). How long the range must be
 * depends on the server: Prometheus 2.x includes both ends of a range selector, so the range is
 * to - from - 1 ms; Prometheus 3 and VictoriaMetrics leave its start out, so it is to - from.
 */

/** How the server bounds a range selector. */
export type RangeRule = 'both-ends' | 'start-excluded';

/**
 * The rule for a server's version string (from /api/v1/status/buildinfo). Prometheus 2.x and Thanos 0.x (whose
 * querier runs Prometheus 2's engine) include the start; Prometheus 3 and VictoriaMetrics (v1.x) do not. A
 * server that does not say is read as the newer rule; the diagnostics name the rule either way.
 */
export function rangeRuleOf(version: string | null): RangeRule {
  const major = version === null ? NaN : Number(/^v?(\d+)\./.exec(version)?.[1]);
  return major === 2 || major === 0 ? 'both-ends' : 'start-excluded';
}

/** A plain series selector: a metric name, label matchers or both, nothing else (no function, offset or @). */
const SELECTOR = /^\s*(?:[a-zA-Z_:][a-zA-Z0-9_:]*\s*(?:\{[\s\S]*\})?|\{[\s\S]*\})\s*$/;

/** The query, checked to be a series selector: raw samples and `[range]` exist only for those. */
export function seriesSelector(query: string): string | null {
  return SELECTOR.test(query) ? query.trim() : null;
}

/** The selector narrowed to one series by all of its labels (its own matchers still apply). */
export function oneSeries(selector: string, metric: Record<string, string>): string {
  const extra = Object.entries(metric)
    .filter(([k]) => k !== '__name__')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',');
  if (extra === '') return selector;
  if (!selector.endsWith('}')) return `${selector}{${extra}}`;
  const inner = selector.slice(selector.lastIndexOf('{') + 1, -1).trim();
  return `${selector.slice(0, -1)}${inner === '' ? '' : ','}${extra}}`;
}

/** The range selector of window [from, to) and the instant to evaluate it at. */
export function windowSelector(
  selector: string,
  from: number,
  to: number,
  rule: RangeRule,
): { query: string; at: number } {
  const range = to - from - (rule === 'both-ends' ? 1 : 0);
  const at = to - 1;
  return { query: `${selector}[${range}ms] @ ${(at / 1000).toFixed(3)}`, at };
}

/** The per-series figures the server computes for a window: what each query gives back. */
export const WINDOW_FUNCTIONS = ['count_over_time', 'sum_over_time', 'min_over_time', 'max_over_time'] as const;
export type WindowFunction = (typeof WINDOW_FUNCTIONS)[number];

/** `fn(selector[range] @ t)`: one figure per series over window [from, to). */
export function windowFigure(
  fn: WindowFunction,
  selector: string,
  from: number,
  to: number,
  rule: RangeRule,
): { query: string; at: number } {
  const w = windowSelector(selector, from, to, rule);
  return { query: `${fn}(${w.query})`, at: w.at };
}
