import { MAINTENANCE, severityWeight, type Weights } from './affected-share';
import type { RowSource, SweepTable } from './sweep';
import { coveredLength } from './covered-minutes';

/**
 * What one service's records (R_s) give per month that the sweep's step functions cannot: counts of records
 * starting in each month per severity, and the record basis of MTTR (SPEC 5): the outages' own lengths
 * clipped to each month. Months are [b[k], b[k+1]) of the report's boundaries; records shorter than the
 * minimum outage are left out, as the sweep leaves them. Read from record indexes (record-index.ts), or under
 * business hours from one walk over the records (coveredRecordStats).
 */
export interface RecordStats {
  /** 4 per month, SEVERITIES order: records starting in the month */
  counts: Float64Array;
  /** per month: outage records (weight above 0, length above 0) with a part inside it, and those parts' total */
  recordCount: Float64Array;
  recordMs: Float64Array;
  /**
   * per month boundary k: outage records with a part on both sides of b[k] (counted in both months, once in
   * a longer period that holds both)
   */
  crossing: Float64Array;
}

/** What makes a record count: the minimum outage, and which severities weigh (SPEC 4 weights above 0). */
export interface RecordRule {
  minOutageMs: number;
  weights: Weights;
}

/** Outage records with a part in months [i, j) and those parts' total: each record counted once. */
export function recordsOver(stats: RecordStats, i: number, j: number): { count: number; ms: number } {
  let count = 0;
  let ms = 0;
  for (let m = i; m < j; m++) {
    count += stats.recordCount[m]!;
    ms += stats.recordMs[m]!;
    if (m > i) count -= stats.crossing[m]!;
  }
  return { count, ms };
}

/** Rows [lo, hi) of a table as a RowSource: one group of a service-major table. */
export function rangeRows(lo: number, hi: number): RowSource {
  let next = lo;
  return {
    fill(buf: Int32Array): number {
      const k = Math.min(buf.length, hi - next);
      for (let c = 0; c < k; c++) buf[c] = next++;
      return k;
    },
  };
}

/**
 * Each record of R_s (start order) the rule keeps (not shorter than the minimum outage): its severity, instants,
 * and whether it is an outage record (weight above 0, not maintenance, length above 0).
 */
export function eachKeptRecord(
  table: SweepTable,
  rows: RowSource,
  rule: RecordRule,
  visit: (sev: number, s: number, e: number, outage: boolean) => void,
): void {
  const { start, end, kind, base, step } = table;
  const { severity } = table.kinds;
  const { minOutageMs, weights } = rule;
  // the walk runs once a service: a fresh 16 KB buffer each time (zeroed) was a third of the CPU of a
  // 50,000-service report. Taken from `spare` and given back, so a visit that walks again gets its own
  const buf = spare ?? new Int32Array(ROW_BATCH);
  spare = null;
  try {
    for (let n = rows.fill(buf); n > 0; n = rows.fill(buf)) {
      for (let i = 0; i < n; i++) {
        const r = buf[i]!;
        const s = start[r]! * step + base;
        const e = end[r]! * step + base;
        if (minOutageMs > 0 && e - s < minOutageMs) continue;
        const sev = severity[kind[r]!]!;
        visit(sev, s, e, sev !== MAINTENANCE && severityWeight(sev, weights) > 0 && e > s);
      }
    }
  } finally {
    spare = buf;
  }
}

/** Rows eachKeptRecord reads from its source at a time. */
const ROW_BATCH = 4096;
/** eachKeptRecord's row buffer between walks (null while one walk holds it). */
let spare: Int32Array | null = null;

/**
 * Per episode of `runStart` (the sweep's episode starts, in order): how many outage records it holds. One
 * pass over R_s in start order; each outage record lies inside one episode (w > 0 all along it).
 */
export function recordsPerRun(
  table: SweepTable,
  rows: RowSource,
  rule: RecordRule,
  runStart: Float64Array,
): Int32Array {
  const out = new Int32Array(runStart.length);
  if (runStart.length === 0) return out;
  let run = 0;
  eachKeptRecord(table, rows, rule, (_sev, s, _e, outage) => {
    if (!outage) return;
    while (run + 1 < runStart.length && runStart[run + 1]! <= s) run++;
    out[run]!++;
  });
  return out;
}

/**
 * The record statistics under business hours (docs/spec.md 5d): a record's part in a month is its covered
 * part, which the record indexes' step functions cannot give, so this is one pass over R_s (start order).
 */
export function coveredRecordStats(
  table: SweepTable,
  rows: RowSource,
  boundaries: Float64Array,
  rule: RecordRule,
  covered: Float64Array,
): RecordStats {
  const months = Math.max(0, boundaries.length - 1);
  const counts = new Float64Array(4 * months);
  const recordCount = new Float64Array(months);
  const recordMs = new Float64Array(months);
  const crossing = new Float64Array(boundaries.length);
  const first = boundaries[0]!;
  const last = boundaries[months]!;
  let k = 0;
  eachKeptRecord(table, rows, rule, (sev, s, e, outage) => {
    // rows come in start order: the month of a start only moves forward
    while (k < months && boundaries[k + 1]! <= s) k++;
    if (s >= first && s < last) counts[4 * k + sev]!++;
    if (!outage || e <= first || s >= last) return;
    let before = false;
    for (let j = s < first ? 0 : k; j < months && boundaries[j]! < e; j++) {
      const part = coveredLength(covered, Math.max(s, boundaries[j]!), Math.min(e, boundaries[j + 1]!));
      // counted once in a longer period that holds both months: a record's months with a covered part need
      // not touch, so "crossing" is "counted in the month before too"
      if (part <= 0) {
        before = false;
        continue;
      }
      recordCount[j]!++;
      recordMs[j]! += part;
      if (before) crossing[j]!++;
      before = true;
    }
  });
  return { counts, recordCount, recordMs, crossing };
}
