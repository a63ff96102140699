import type { RecordTable } from '../model/records';
import { affectedShare, type Weights } from './affected-share';
import { orderByKey } from './sort-order';
import type { SweepTable } from './sweep';

/**
 * The columns the sweeps read, grouped by service, each group in start order (ties in log order).
 * Read in a start-sorted copy, a service's rows lay scattered (one in 48 on a log of 48 services), a cache
 * miss per column per record and most of a million-row report; here they lie together, and `*`, reading
 * every group at once in start order, still reads each group front to back. One copy serves every sweep.
 * Each group is sorted on its own, so no order of the whole log (and its sort scratch) is ever held.
 */
export interface ServiceMajorTable {
  /**
   * platform-wide rows first, then service code 0, 1, ...; only the columns the sweeps read: no service
   * column (`from` gives each row's), and f(r) instead of the affected share (see recordShares)
   */
  table: SweepTable;
  /** the input table's service names (service code c is group 1 + c) */
  services: readonly string[];
  /** the rows of group g are [from[g], from[g + 1]); group 0 is platform-wide, group 1 + c is service code c */
  from: Int32Array;
  /**
   * each row's row in the input table: (start, source) orders rows of different groups as one stable sort
   * of the whole log by start would
   */
  source: Int32Array;
}

export function serviceMajorTable(
  table: RecordTable,
  weights: Weights,
  regionShares: Float64Array,
): ServiceMajorTable & { shares: Float64Array } {
  // the group of each row, by counting; a group's rows in log order, then each group sorted by start
  const n = table.count;
  const groups = table.services.length + 1;
  const from = new Int32Array(groups + 1);
  for (let r = 0; r < n; r++) from[table.service[r]! + 2]!++;
  for (let g = 1; g <= groups; g++) from[g]! += from[g - 1]!;
  const fill = from.slice(0, groups);
  const source = new Int32Array(n);
  for (let r = 0; r < n; r++) source[fill[table.service[r]! + 1]!++] = r;
  for (let g = 0; g < groups; g++) {
    const rows = source.subarray(from[g]!, from[g + 1]!);
    rows.set(orderByKey(table.start, rows));
  }
  return { ...scattered(table, source, weights, regionShares), services: table.services, from, source };
}

/** Steps of timestamps, largest first, each a multiple of the next: whole minutes, seconds, ms. */
const STEPS = [60_000, 1000, 1];

/**
 * The largest step that divides every start and end, with the earliest instant: (t - base) / step then fits
 * 32 bits for a log of whole seconds over 136 years, and a whole number below 2^53 converts back exactly.
 * null when the instants are not whole ms or span too much (the columns then stay 64-bit).
 */
function timeScale(table: RecordTable): { base: number; step: number } | null {
  let min = Infinity;
  let max = -Infinity;
  let s = 0;
  for (const column of [table.start, table.end]) {
    for (let r = 0; r < table.count; r++) {
      const t = column[r]!;
      if (t < min) min = t;
      if (t > max) max = t;
      while (Math.floor(t / STEPS[s]!) * STEPS[s]! !== t) if (++s === STEPS.length) return null;
    }
  }
  if (!(Math.max(-min, max) < 2 ** 53)) return null;
  const step = STEPS[s]!;
  return (max - min) / step < 2 ** 32 ? { base: min, step } : null;
}

/**
 * The sweep's columns with row r of `table` moved to the p where source[p] = r, and f(r) of each row for
 * these weights and region shares (computed here, while the row is read anyway).
 */
function scattered(
  table: RecordTable,
  source: Int32Array,
  weights: Weights,
  regionShares: Float64Array,
): { table: SweepTable; shares: Float64Array } {
  const n = source.length;
  const scale = timeScale(table);
  // instants as 32-bit steps when they fit: half the room of the two largest columns
  const t: SweepTable = {
    start: scale ? new Uint32Array(n) : new Float64Array(n),
    end: scale ? new Uint32Array(n) : new Float64Array(n),
    base: scale ? scale.base : 0,
    step: scale ? scale.step : 1,
    severity: new Uint8Array(n),
    region: new Int32Array(n),
    regions: table.regions.length,
  };
  const { base, step } = t;
  const shares = new Float64Array(n);
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[source[p]!] = p;
  // scattered writes from sequential reads: about three times faster than gathering with random reads
  for (let r = 0; r < n; r++) {
    const p = position[r]!;
    t.start[p] = (table.start[r]! - base) / step;
    t.end[p] = (table.end[r]! - base) / step;
    t.severity[p] = table.severity[r]!;
    t.region[p] = table.region[r]!;
    shares[p] = affectedShare(table, r, weights, regionShares);
  }
  return { table: t, shares };
}
