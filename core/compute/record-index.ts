import { lowerBound, upperBound } from './period-minutes';
import { eachKeptRecord, rangeRows, type RecordRule, type RecordStats } from './record-stats';
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
  const eachKept = (visit: (sev: number, s: number, e: number, outage: boolean) => void): void =>
    eachKeptRecord(table, rangeRows(lo, hi), rule, visit);
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
  /** each distinct instant in order, with the starts and ends up to it; the first walk only counts them */
  const walk = (visit: (t: number, begun: number, ended: number) => void): void => {
    let i = 0;
    let j = 0;
    while (j < n) {
      const t = i < n && starts[i]! < ends[j]! ? starts[i]! : ends[j]!;
      while (i < n && starts[i] === t) i++;
      while (j < n && ends[j] === t) j++;
      visit(t, i, j);
    }
  };
  let size = 0;
  walk(() => size++);
  // sized exactly: a one-shot `*` indexes every group in turn, and their garbage was its peak memory
  const times = new Float64Array(size);
  const begun = new Int32Array(size);
  const ended = new Int32Array(size);
  const covered = new Float64Array(size);
  let u = 0;
  let total = 0;
  walk((t, i, j) => {
    // the records active since the last instant (begun - ended there) each cover [times[u - 1], t)
    if (u > 0) total += (begun[u - 1]! - ended[u - 1]!) * (t - times[u - 1]!);
    times[u] = t;
    begun[u] = i;
    ended[u] = j;
    covered[u++] = total;
  });
  return { times, begun, ended, covered };
}

/**
 * At each boundary x: records starting before x per severity (4 per boundary); outage records begun before x
 * and ended by x; the outage records' total length before x. Sums over groups add; a month is the difference
 * of its two boundaries' sums.
 */
export interface BoundarySums {
  startsBefore: Float64Array;
  begun: Float64Array;
  ended: Float64Array;
  covered: Float64Array;
}

export function emptySums(boundaries: number): BoundarySums {
  const n = boundaries;
  return {
    startsBefore: new Float64Array(4 * n),
    begun: new Float64Array(n),
    ended: new Float64Array(n),
    covered: new Float64Array(n),
  };
}

/** Adds one group's sums at the boundaries `b`, read from its index: binary searches, no record read. */
export function addIndexSums(sums: BoundarySums, g: RecordIndex, b: Float64Array): void {
  for (let k = 0; k < b.length; k++) {
    const x = b[k]!;
    for (let sev = 0; sev < 4; sev++) sums.startsBefore[4 * k + sev]! += lowerBound(g.starts[sev]!, x);
    const before = lowerBound(g.times, x) - 1;
    if (before >= 0) sums.begun[k]! += g.begun[before]!;
    const upTo = upperBound(g.times, x) - 1;
    if (upTo < 0) continue;
    sums.ended[k]! += g.ended[upTo]!;
    sums.covered[k]! += g.covered[upTo]! + (g.begun[upTo]! - g.ended[upTo]!) * (x - g.times[upTo]!);
  }
}

/**
 * Adds the sums of rows [lo, hi) at the boundaries `b` in one pass over them, keeping nothing: a one-shot
 * report reads each group once, where an index would be built to be read once.
 */
export function addRowSums(
  sums: BoundarySums,
  table: SweepTable,
  lo: number,
  hi: number,
  rule: RecordRule,
  b: Float64Array,
): void {
  const n = b.length;
  // what a record adds from a boundary on, kept at that boundary and summed forward below
  const at = emptySums(n);
  eachKeptRecord(table, rangeRows(lo, hi), rule, (sev, s, e, outage) => {
    const first = upperBound(b, s);
    if (first < n) at.startsBefore[4 * first + sev]!++;
    if (!outage) return;
    if (first < n) at.begun[first]!++;
    const past = lowerBound(b, e);
    if (past < n) {
      at.ended[past]!++;
      at.covered[past]! += e - s;
    }
    // boundaries inside the record: the part before each; these are added where they fall, not forward
    for (let k = first; k < past; k++) sums.covered[k]! += b[k]! - s;
  });
  const run = new Float64Array(7);
  for (let k = 0; k < n; k++) {
    for (let sev = 0; sev < 4; sev++) sums.startsBefore[4 * k + sev]! += run[sev]! += at.startsBefore[4 * k + sev]!;
    sums.begun[k]! += run[4]! += at.begun[k]!;
    sums.ended[k]! += run[5]! += at.ended[k]!;
    sums.covered[k]! += run[6]! += at.covered[k]!;
  }
}

/** The record statistics of the months [b[k], b[k+1]) from the sums at their boundaries. */
export function statsOfSums(sums: BoundarySums, b: Float64Array): RecordStats {
  const n = b.length;
  const { startsBefore, begun, ended, covered } = sums;
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

/**
 * The record statistics of the union of `groups` (a record lies in one group) over months [b[k], b[k+1]).
 * Each group is read once, in turn, so a caller may hand them over one at a time.
 */
export function statsOfGroups(groups: Iterable<RecordIndex>, b: Float64Array): RecordStats {
  const sums = emptySums(b.length);
  for (const g of groups) addIndexSums(sums, g, b);
  return statsOfSums(sums, b);
}
