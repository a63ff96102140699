import type { RecordTable } from '../model/records';
import { endAt, startAt } from '../model/record-table';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/** Starts sampled to find the log's quartiles: enough for a fence of three quartile spans. */
const SAMPLE = 4096;
/** Logs with fewer records have no bulk to stand out from. */
const MIN_RECORDS = 8;

/** A record whose start or end lies far outside the bulk of the log (docs/methodology.md, "Far outliers"). */
export interface FarOutlier {
  row: number;
  which: 'start' | 'end';
  instant: number;
  /** how far past the fence's side of the bulk: ms before its first quartile or after its third */
  distanceMs: number;
  after: boolean;
}

export interface LogBulk {
  /** the first and third quartiles of the records' starts */
  q1: number;
  q3: number;
  /** instants before from or after to are far outliers */
  from: number;
  to: number;
}

/**
 * The bulk of a log: its records' starts between the first and third quartiles, fenced by three times that
 * span, and never less than a year, on either side (Tukey's "far out" fence, widened so a short log still
 * takes a late incident in its stride). Null for a log of fewer than MIN_RECORDS records.
 */
export function logBulk(t: RecordTable): LogBulk | null {
  const n = t.count;
  if (n < MIN_RECORDS) return null;
  // an even sample by position: every row for a small log, a stride through a large one
  const m = Math.min(n, SAMPLE);
  const starts = new Float64Array(m);
  for (let k = 0; k < m; k++) starts[k] = startAt(t, Math.floor((k * n) / m));
  starts.sort();
  const q1 = starts[Math.floor((m - 1) / 4)]!;
  const q3 = starts[Math.ceil((3 * (m - 1)) / 4)]!;
  const fence = Math.max(3 * (q3 - q1), YEAR_MS);
  return { q1, q3, from: q1 - fence, to: q3 + fence };
}

/**
 * Records starting or ending outside the bulk's fence, in row order. An open record's end is the log's latest
 * instant (SPEC 1), not a value the log gave, so it is never one: it is what a far-future row stretches.
 */
export function farOutliers(t: RecordTable, bulk: LogBulk): FarOutlier[] {
  const out: FarOutlier[] = [];
  const { open } = t.kinds;
  for (let i = 0; i < t.count; i++) {
    const start = startAt(t, i);
    if (start < bulk.from)
      out.push({ row: i, which: 'start', instant: start, distanceMs: bulk.q1 - start, after: false });
    else if (start > bulk.to)
      out.push({ row: i, which: 'start', instant: start, distanceMs: start - bulk.q3, after: true });
    else if (open[t.kind[i]!] !== 1) {
      const end = endAt(t, i);
      if (end > bulk.to) out.push({ row: i, which: 'end', instant: end, distanceMs: end - bulk.q3, after: true });
    }
  }
  return out;
}

/** "75 years", "400 days": how far an outlier lies from the bulk, as a person says it. */
export function farDistance(ms: number): string {
  const days = Math.round(ms / DAY_MS);
  return days < 730 ? `${days} days` : `${Math.round(ms / YEAR_MS)} years`;
}

/** Far outliers named one by one; the rest are counted in one more diagnostic. */
const NAMED = 10;

/**
 * The diagnostics of a log's far outliers: each names its line (when the table keeps lines) and its instant,
 * says how far it lies from the bulk, and what it does to the report, so a typo (2099 for 2024) is not left to
 * stretch the range and every open record silently.
 */
export function farOutlierDiagnostics(t: RecordTable): { line: number; message: string }[] {
  const bulk = logBulk(t);
  if (!bulk) return [];
  const found = farOutliers(t, bulk);
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const middle = `its middle half runs ${day(bulk.q1)} .. ${day(bulk.q3)}`;
  const out = found.slice(0, NAMED).map((o) => ({
    line: t.line?.[o.row] ?? 0,
    message:
      `${o.which} ${new Date(o.instant).toISOString()} lies ${farDistance(o.distanceMs)} ` +
      `${o.after ? 'after' : 'before'} the bulk of the log (${middle}): the report range ` +
      `${o.after ? 'runs to it, and so does every open record when it is the latest instant' : 'starts from it'}; ` +
      'check the timestamp, or give --from/--to',
  }));
  if (found.length > NAMED) {
    out.push({
      line: 0,
      message: `${found.length - NAMED} more records start or end that far outside the bulk of the log (${middle})`,
    });
  }
  return out;
}
