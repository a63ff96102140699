import { ASSUMED } from '../shape/diagnostics';
import { unionOfPairs } from '../../time/spans';
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

/** One stream as the gap rule needs it: its rows' instants in time order and its status changes. */
export interface ObservedStream {
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

/**
 * Sample log when more than half of the consecutive row pairs within streams repeat the status (SPEC 2).
 * The streams are read once, in one pass: a caller can make each one as it is asked for.
 */
export function gapRule(streams: Iterable<ObservedStream>, userMaxGap: number | null): GapRule {
  let pairs = 0;
  let repeats = 0;
  const values: number[] = [];
  const counts: number[] = [];
  for (const s of streams) {
    if (s.rows.rows === 0) continue;
    pairs += s.rows.rows - 1;
    repeats += s.rows.rows - s.runs;
    for (let k = 0; k < s.rows.n; k++) {
      values.push(s.rows.value[k]!);
      counts.push(s.rows.count[k]!);
    }
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

/**
 * Each service's coverage, the union of its streams' (SPEC 5: observed when any of its streams is), taken
 * stream by stream as flat pairs: the streams' own span lists need not all be held until the end.
 */
export class ServiceCoverage {
  private readonly by = new Map<string | null, number[]>();

  add(service: string | null, spans: Float64Array): void {
    let list = this.by.get(service);
    if (list === undefined) this.by.set(service, (list = []));
    for (const x of spans) list.push(x);
  }

  /** The services in order of their first stream. */
  services(): ObservedService[] {
    return [...this.by].map(([service, flat]) => ({ service, spans: unionOfPairs(flat) }));
  }
}

/**
 * Streams' longest gaps as SPEC 2's diagnostics name them: the first GAP_LINES_MAX streams with a gap over
 * their limit one by one, the rest as a count and their longest gap. A stream's name is made only when it
 * is one of the first: a fleet's 20,000 names are not kept for a summary line.
 */
export class GapNotes {
  readonly named: { name: string; gap: LongestGap; maxGap: number }[] = [];
  more = 0;
  longestOfMore = 0;

  add(gap: LongestGap, maxGap: number, name: () => string): void {
    if (gap.interval <= 0) return;
    if (this.named.length < GAP_LINES_MAX) this.named.push({ name: name(), gap: { ...gap }, maxGap });
    else {
      this.more++;
      this.longestOfMore = Math.max(this.longestOfMore, gap.interval);
    }
  }
}

const iso = (t: number): string => new Date(t).toISOString().replace('.000Z', 'Z');
const minutes = (ms: number): string => formatDuration(ms / 60_000, 'en');

/** The diagnostics of SPEC 2's observed time: how the log was read, and each stream's longest gap once. */
export function observedDiagnostics(rule: GapRule, gaps: GapNotes): Diagnostic[] {
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
  for (const g of gaps.named) {
    const { from, interval } = g.gap;
    out.push({
      line: 0,
      message:
        `${g.name}: longest gap ${minutes(interval)} between rows at ${iso(from)} and ${iso(from + interval)}; ` +
        `no data from ${iso(from + g.maxGap)}`,
    });
  }
  if (gaps.more > 0)
    out.push({
      line: 0,
      message: `${gaps.more.toLocaleString('en-US')} more streams have gaps over their limit (the longest of them: ${minutes(gaps.longestOfMore)})`,
    });
  return out;
}
