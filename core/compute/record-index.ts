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

/** Outage records with start < x. */
function begunBefore(index: RecordIndex, x: number): number {
  const k = lowerBound(index.times, x) - 1;
  return k < 0 ? 0 : index.begun[k]!;
}

/** Outage records with end <= x. */
function endedBy(index: RecordIndex, x: number): number {
  const k = upperBound(index.times, x) - 1;
  return k < 0 ? 0 : index.ended[k]!;
}

/** Total length of the outage records' parts before x. */
function coveredBefore(index: RecordIndex, x: number): number {
  const k = upperBound(index.times, x) - 1;
  if (k < 0) return 0;
  return index.covered[k]! + (index.begun[k]! - index.ended[k]!) * (x - index.times[k]!);
}

/**
 * The record statistics of the union of `groups` over months [b[k], b[k+1]): each group's, added (a record
 * lies in one group). Each group is read once, in turn, so a caller may hand them over one at a time.
 */
export function statsOfGroups(groups: Iterable<RecordIndex>, b: Float64Array): RecordStats {
  const months = Math.max(0, b.length - 1);
  const counts = new Float64Array(4 * months);
  const recordCount = new Float64Array(months);
  const recordMs = new Float64Array(months);
  const crossing = new Float64Array(b.length);
  for (const g of groups) {
    for (let k = 0; k < months; k++) {
      const a = b[k]!;
      const z = b[k + 1]!;
      // an empty month (a day-clipped range) holds no record
      if (z <= a) continue;
      for (let sev = 0; sev < 4; sev++)
        counts[4 * k + sev]! += lowerBound(g.starts[sev]!, z) - lowerBound(g.starts[sev]!, a);
      recordCount[k]! += begunBefore(g, z) - endedBy(g, a);
      recordMs[k]! += coveredBefore(g, z) - coveredBefore(g, a);
      crossing[k]! += begunBefore(g, a) - endedBy(g, a);
    }
  }
  return { counts, recordCount, recordMs, crossing };
}
