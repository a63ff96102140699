import { MAINTENANCE, severityWeight, type Weights } from './affected-share';
import type { RowSource, SweepTable } from './sweep';

/**
 * What one service's records (R_s) give per month that the sweep's step functions cannot: counts of records
 * starting in each month per severity, and the record basis of MTTR (SPEC 5): the outages' own lengths
 * clipped to each month. Months are [b[k], b[k+1]) of the report's boundaries; records shorter than the
 * minimum outage are left out, as the sweep leaves them. Read from record indexes (record-index.ts).
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
  const { start, end, kind, base, step } = table;
  const { severity } = table.kinds;
  const { minOutageMs, weights } = rule;
  const buf = new Int32Array(4096);
  let run = 0;
  for (let n = rows.fill(buf); n > 0; n = rows.fill(buf)) {
    for (let i = 0; i < n; i++) {
      const r = buf[i]!;
      const s = start[r]! * step + base;
      const e = end[r]! * step + base;
      if (minOutageMs > 0 && e - s < minOutageMs) continue;
      const sev = severity[kind[r]!]!;
      if (sev === MAINTENANCE || severityWeight(sev, weights) <= 0 || e <= s) continue;
      while (run + 1 < runStart.length && runStart[run + 1]! <= s) run++;
      out[run]!++;
    }
  }
  return out;
}
