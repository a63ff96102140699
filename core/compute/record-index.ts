import { MAINTENANCE, severityWeight } from './affected-share';
import { lowerBound, upperBound } from './period-minutes';
import type { RecordRule, RecordStats } from './record-stats';
import type { SweepTable } from './sweep';

/**
 * One group of records (rows [lo, hi) of a service-major table, in start order) as sorted instants, so that
 * the record statistics of any month boundaries are binary searches: a change of time zone or range reads
 * no record. Built once per minimum outage and set of weighted severities; every instant is a whole ms, so
 * the sums below are exact and equal the record-by-record sums in any order.
 */
export interface RecordIndex {
  /** per severity (SEVERITIES order): the starts of the records kept (not shorter than the minimum outage) */
  starts: Float64Array[];
  /**
   * the outage records (weight above 0, not maintenance, length above 0) as a step function: at each
   * distinct start or end instant times[i], how many outage records have begun (start <= times[i]) and
   * ended (end <= times[i]), and their total length before times[i] (covered)
   */
  times: Float64Array;
  begun: Int32Array;
  ended: Int32Array;
  covered: Float64Array;
}

/** The index of rows [lo, hi) of `table` (one group of a service-major table, in start order). */
export function recordIndex(table: SweepTable, lo: number, hi: number, rule: RecordRule): RecordIndex {
  const { start, end, kind, base, step } = table;
  const { severity } = table.kinds;
  const { minOutageMs, weights } = rule;
  /** each kept row's severity and instants, and whether it is an outage */
  const eachKept = (visit: (sev: number, s: number, e: number, outage: boolean) => void): void => {
    for (let r = lo; r < hi; r++) {
      const s = start[r]! * step + base;
      const e = end[r]! * step + base;
      if (minOutageMs > 0 && e - s < minOutageMs) continue;
      const sev = severity[kind[r]!]!;
      visit(sev, s, e, sev !== MAINTENANCE && severityWeight(sev, weights) > 0 && e > s);
    }
  };
  // two passes over the group's rows, which lie together: the first sizes the arrays
  const sizes = [0, 0, 0, 0];
  let outages = 0;
  eachKept((sev, _s, _e, outage) => {
    sizes[sev]!++;
    if (outage) outages++;
  });
  const starts = sizes.map((n) => new Float64Array(n));
  const filled = [0, 0, 0, 0];
  const outStarts = new Float64Array(outages);
  const outEnds = new Float64Array(outages);
  let o = 0;
  eachKept((sev, s, e, outage) => {
    starts[sev]![filled[sev]!++] = s;
    if (outage) {
      outStarts[o] = s;
      outEnds[o++] = e;
    }
  });
  // rows come in start order; their ends do not
  outEnds.sort();
  return { starts, ...stepsOf(outStarts, outEnds) };
}

/** Merges sorted starts and ends into the distinct instants of the step function. */
function stepsOf(starts: Float64Array, ends: Float64Array): Omit<RecordIndex, 'starts'> {
  const n = starts.length;
  const times = new Float64Array(2 * n);
  const begun = new Int32Array(2 * n);
  const ended = new Int32Array(2 * n);
  const covered = new Float64Array(2 * n);
  let i = 0;
  let j = 0;
  let u = 0;
  let total = 0;
  let last = 0;
  while (j < n) {
    const t = i < n && starts[i]! < ends[j]! ? starts[i]! : ends[j]!;
    // active records (begun - ended) each cover [last, t)
    if (u > 0) total += (i - j) * (t - last);
    while (i < n && starts[i] === t) i++;
    while (j < n && ends[j] === t) j++;
    times[u] = t;
    begun[u] = i;
    ended[u] = j;
    covered[u++] = total;
    last = t;
  }
  return { times: times.slice(0, u), begun: begun.slice(0, u), ended: ended.slice(0, u), covered: covered.slice(0, u) };
}

/**
 * The record statistics of the union of `groups` over months [b[k], b[k+1]): each group's, added (a record
 * lies in one group). Each group is read once, in turn, so a caller may hand them over one at a time.
 */
export function statsOfGroups(groups: Iterable<RecordIndex>, b: Float64Array): RecordStats {
  const n = b.length;
  // at each boundary x, summed over the groups: records starting before x per severity; outage records
  // begun before x and ended by x; the outage records' total length before x. A month is two boundaries' difference.
  const startsBefore = new Float64Array(4 * n);
  const begun = new Float64Array(n);
  const ended = new Float64Array(n);
  const covered = new Float64Array(n);
  for (const g of groups) {
    for (let k = 0; k < n; k++) {
      const x = b[k]!;
      for (let sev = 0; sev < 4; sev++) startsBefore[4 * k + sev]! += lowerBound(g.starts[sev]!, x);
      const before = lowerBound(g.times, x) - 1;
      if (before >= 0) begun[k]! += g.begun[before]!;
      const upTo = upperBound(g.times, x) - 1;
      if (upTo < 0) continue;
      ended[k]! += g.ended[upTo]!;
      covered[k]! += g.covered[upTo]! + (g.begun[upTo]! - g.ended[upTo]!) * (x - g.times[upTo]!);
    }
  }
  const months = Math.max(0, n - 1);
  const counts = new Float64Array(4 * months);
  const recordCount = new Float64Array(months);
  const recordMs = new Float64Array(months);
  const crossing = new Float64Array(n);
  for (let k = 0; k < months; k++) {
    // an empty month (a day-clipped range) holds no record
    if (b[k + 1]! <= b[k]!) continue;
    for (let sev = 0; sev < 4; sev++)
      counts[4 * k + sev] = startsBefore[4 * (k + 1) + sev]! - startsBefore[4 * k + sev]!;
    // outage records with start < b[k+1] and end > b[k]; those with end <= b[k] all start before b[k+1]
    recordCount[k] = begun[k + 1]! - ended[k]!;
    recordMs[k] = covered[k + 1]! - covered[k]!;
    // start < b[k] < end
    crossing[k] = begun[k]! - ended[k]!;
  }
  return { counts, recordCount, recordMs, crossing };
}
