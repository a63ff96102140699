import type { RecordTable } from '../model/records';
import { affectedShare, type Weights } from './affected-share';
import { orderByKey } from './sort-order';

/**
 * The columns the sweeps read, grouped by service, each group in start order (ties in log order).
 * Read in a start-sorted copy, a service's rows lay scattered (one in 48 on a log of 48 services), a cache
 * miss per column per record and most of a million-row report; here they lie together, and `*`, reading
 * every group at once in start order, still reads each group front to back. One copy serves every sweep.
 * Each group is sorted on its own, so no order of the whole log (and its sort scratch) is ever held.
 */
export interface ServiceMajorTable {
  /**
   * platform-wide rows first, then service code 0, 1, ...; only the columns the sweeps read (start, end,
   * severity, region): no service column (`from` gives each row's), and the affected share is read from
   * the input table through `source` (see recordShares)
   */
  table: RecordTable;
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
  return { ...scattered(table, source, weights, regionShares), from, source };
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
): { table: RecordTable; shares: Float64Array } {
  const n = source.length;
  const t: RecordTable = {
    count: n,
    start: new Float64Array(n),
    end: new Float64Array(n),
    // the group says it (ServiceMajorTable.from)
    service: new Int32Array(0),
    severity: new Uint8Array(n),
    // not read by the sweep, which reads f(r) (recordShares)
    affected: new Float64Array(0),
    region: new Int32Array(n),
    open: new Uint8Array(0),
    line: new Int32Array(0),
    services: table.services,
    regions: table.regions,
  };
  const shares = new Float64Array(n);
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[source[p]!] = p;
  // scattered writes from sequential reads: about three times faster than gathering with random reads
  for (let r = 0; r < n; r++) {
    const p = position[r]!;
    t.start[p] = table.start[r]!;
    t.end[p] = table.end[r]!;
    t.severity[p] = table.severity[r]!;
    t.region[p] = table.region[r]!;
    shares[p] = affectedShare(table, r, weights, regionShares);
  }
  return { table: t, shares };
}
