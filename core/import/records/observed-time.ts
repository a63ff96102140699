import { ASSUMED } from '../shape/diagnostics';
import { unionOfSpans } from '../../time/spans';
import type { Diagnostic } from '../../model/import-result';
import type { ObservedService } from '../../model/records';
import { formatDuration } from '../../format/durations';
import { RowIntervals, weightedMedian } from './row-intervals';

/**
 * SPEC 2 "Observed time": which kind of log this is, each stream's gap limit, the time each stream's rows
 * cover, and the runs of a status cut where nobody observed it.
 */

/** Streams whose longest gap the diagnostics name one by one; the rest get one summary line. */
export const GAP_LINES_MAX = 10;

/** One stream as observed-time needs it: its rows' instants in time order and its status changes. */
export interface ObservedStream {
  /** a name for the diagnostics, e.g. "api (eu-west)" */
  name: string;
  rows: RowIntervals;
  /** runs of one status in time order */
  runs: number;
}

export interface GapRule {
  kind: 'sample' | 'event';
  /** share of consecutive row pairs within streams that repeat the status */
  repeatShare: number;
  /** the median interval of the whole log (NaN: no positive interval anywhere) */
  logMedian: number;
  /** the user's limit, ms (Infinity: none); null: SPEC 2's default */
  userMaxGap: number | null;
}

/** Sample log when more than half of the consecutive row pairs within streams repeat the status (SPEC 2). */
export function gapRule(streams: readonly ObservedStream[], userMaxGap: number | null): GapRule {
  let pairs = 0;
  let repeats = 0;
  let entries = 0;
  for (const s of streams) {
    if (s.rows.rows === 0) continue;
    pairs += s.rows.rows - 1;
    repeats += s.rows.rows - s.runs;
    entries += s.rows.n;
  }
  const values = new Float64Array(entries);
  const counts = new Float64Array(entries);
  let k = 0;
  for (const s of streams) {
    values.set(s.rows.value.subarray(0, s.rows.n), k);
    counts.set(s.rows.count.subarray(0, s.rows.n), k);
    k += s.rows.n;
  }
  return {
    kind: repeats * 2 > pairs ? 'sample' : 'event',
    repeatShare: pairs > 0 ? repeats / pairs : 0,
    logMedian: weightedMedian(values, counts),
    userMaxGap,
  };
}

/** A stream's med, gap limit and the coverage of its last row (ms). */
export interface StreamClock {
  med: number;
  maxGap: number;
  /** the last row covers [last, lastEnd) */
  lastEnd: number;
}

/**
 * med = the stream's median positive interval (the log's when it has none); maxGap = 5 x med for a sample log,
 * none for an event log, or the user's. The last row covers one med (sample log) or up to the latest instant
 * of the log (event log), cut at maxGap. A log with no positive interval at all has no med: no limit, and a
 * sample log's last row then covers nothing.
 */
export function streamClock(rows: RowIntervals, rule: GapRule, latest: number): StreamClock {
  let med = weightedMedian(rows.value, rows.count, rows.n);
  if (Number.isNaN(med)) med = rule.logMedian;
  const auto = rule.kind === 'sample' && !Number.isNaN(med) ? 5 * med : Infinity;
  const maxGap = rule.userMaxGap ?? auto;
  const reach = rule.kind === 'sample' ? (Number.isNaN(med) ? 0 : med) : Math.max(0, latest - rows.last);
  return { med, maxGap, lastEnd: rows.last + Math.min(reach, maxGap) };
}

/** The longest interval between two rows of a stream that is over its limit (0: none), and where it starts. */
export interface LongestGap {
  from: number;
  interval: number;
}

/**
 * The time a stream's rows cover, SPEC 2: row i covers [t_i, min(t_i+1, t_i + maxGap)), the last row
 * [t_last, lastEnd). As [start, end) pairs, ascending, disjoint and not touching.
 */
export function coverage(rows: RowIntervals, clock: StreamClock, longest?: LongestGap): Float64Array {
  const out: number[] = [];
  let open = rows.first;
  const { maxGap } = clock;
  rows.forEachRun((t, d, c) => {
    if (d <= maxGap) return;
    for (let j = 0; j < c; j++) {
      const row = t + j * d;
      if (row + maxGap > open) out.push(open, row + maxGap);
      open = row + d;
    }
    if (longest && d > longest.interval) {
      longest.interval = d;
      longest.from = t;
    }
  });
  if (clock.lastEnd > open) out.push(open, clock.lastEnd);
  return Float64Array.from(out);
}

/**
 * Calls f(start, end) for the parts of [a, b) inside `spans`, searching from span index `from` (returns the
 * index to search the next, later, cut from). A zero-length [a, a) is kept as it is: a record of no length
 * still counts (SPEC 1), and it adds no time.
 */
export function cutBySpans(
  spans: Float64Array,
  from: number,
  a: number,
  b: number,
  f: (start: number, end: number) => void,
): number {
  let k = from;
  const n = spans.length;
  while (k < n && spans[k + 1]! <= a) k += 2;
  if (a === b) {
    f(a, a);
    return k;
  }
  for (let j = k; j < n && spans[j]! < b; j += 2) {
    const s = Math.max(a, spans[j]!);
    const e = Math.min(b, spans[j + 1]!);
    if (e > s) f(s, e);
  }
  return k;
}

/** Each service's coverage: the union of its streams' (SPEC 5: observed when any of its streams is). */
export function serviceCoverage(
  streams: readonly { service: string | null; spans: Float64Array }[],
): ObservedService[] {
  const by = new Map<string | null, Float64Array[]>();
  for (const s of streams) {
    const list = by.get(s.service);
    if (list) list.push(s.spans);
    else by.set(s.service, [s.spans]);
  }
  return [...by].map(([service, lists]) => ({ service, spans: unionOfSpans(lists) }));
}

const iso = (t: number): string => new Date(t).toISOString().replace('.000Z', 'Z');
const minutes = (ms: number): string => formatDuration(ms / 60_000, 'en');

/** The diagnostics of SPEC 2's observed time: how the log was read, and each stream's longest gap once. */
export function observedDiagnostics(
  rule: GapRule,
  gaps: readonly { name: string; gap: LongestGap; maxGap: number }[],
): Diagnostic[] {
  const share = `${Math.round(rule.repeatShare * 100)} % of consecutive rows of a stream repeat their status`;
  const limit =
    rule.userMaxGap !== null
      ? Number.isFinite(rule.userMaxGap)
        ? `gap limit ${minutes(rule.userMaxGap)} (set by the user)`
        : 'no gap limit (set by the user)'
      : rule.kind === 'sample'
        ? `gap limit 5 x each stream's median interval between rows (the log's median: ${
            Number.isNaN(rule.logMedian) ? 'none' : minutes(rule.logMedian)
          })`
        : "no gap limit: a status lasts until its stream's next row";
  const kind =
    rule.kind === 'sample'
      ? `read as a sample log (${share}): ${limit}; time no row covers is no data, neither up nor down`
      : `read as an event log (${share}, so rows mark changes): ${limit}`;
  // the gap limit is inferred from the rows, so how the log was read is an assumption the report names (SPEC 3)
  const out: Diagnostic[] = [{ line: 0, message: ASSUMED + kind }];
  const found = gaps.filter((g) => g.gap.interval > 0);
  for (const g of found.slice(0, GAP_LINES_MAX)) {
    const { from, interval } = g.gap;
    out.push({
      line: 0,
      message:
        `${g.name}: longest gap ${minutes(interval)} between rows at ${iso(from)} and ${iso(from + interval)}; ` +
        `no data from ${iso(from + g.maxGap)}`,
    });
  }
  if (found.length > GAP_LINES_MAX) {
    const rest = found.slice(GAP_LINES_MAX);
    const longest = rest.reduce((m, g) => Math.max(m, g.gap.interval), 0);
    out.push({
      line: 0,
      message: `${rest.length.toLocaleString('en-US')} more streams have gaps over their limit (the longest of them: ${minutes(longest)})`,
    });
  }
  return out;
}
