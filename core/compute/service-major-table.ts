import type { RecordTable } from '../model/records';

/**
 * The columns the sweeps read, grouped by service, each group in start order (`order`, see orderByKey).
 * Read in a start-sorted copy, a service's rows lay scattered (one in 48 on a log of 48 services), a cache
 * miss per column per record and most of a million-row report; here they lie together, and `*`, reading
 * every group at once in start order, still reads each group front to back. One copy serves every sweep.
 */
export interface ServiceMajorTable {
  /** platform-wide rows first, then service code 0, 1, ...; no service column (`from` gives each row's) */
  table: RecordTable;
  /** the rows of group g are [from[g], from[g + 1]); group 0 is platform-wide, group 1 + c is service code c */
  from: Int32Array;
  /** each row's position in start order (see orderByKey): merging two groups by it merges them by start */
  rank: Int32Array;
}

export function serviceMajorTable(table: RecordTable, order: Int32Array): ServiceMajorTable {
  // the group of each row, by counting; rows then go to their group in start order
  const n = order.length;
  const groups = table.services.length + 1;
  const from = new Int32Array(groups + 1);
  for (let r = 0; r < n; r++) from[table.service[r]! + 2]!++;
  for (let g = 1; g <= groups; g++) from[g]! += from[g - 1]!;
  const fill = from.slice(0, groups);
  const position = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const r = order[p]!;
    const at = fill[table.service[r]! + 1]!++;
    position[r] = at;
    rank[at] = p;
  }
  return { table: permuted(table, position), from, rank };
}

/** The sweep's columns with row r of `table` moved to position[r]. */
function permuted(table: RecordTable, position: Int32Array): RecordTable {
  const n = position.length;
  const t: RecordTable = {
    count: n,
    start: new Float64Array(n),
    end: new Float64Array(n),
    // the group says it (ServiceMajorTable.from)
    service: new Int32Array(0),
    severity: new Uint8Array(n),
    affected: new Float64Array(n),
    region: new Int32Array(n),
    // not read by the sweep
    open: new Uint8Array(0),
    line: new Int32Array(0),
    services: table.services,
    regions: table.regions,
  };
  // scattered writes from sequential reads: about three times faster than gathering with random reads
  for (let r = 0; r < n; r++) {
    const p = position[r]!;
    t.start[p] = table.start[r]!;
    t.end[p] = table.end[r]!;
    t.severity[p] = table.severity[r]!;
    t.affected[p] = table.affected[r]!;
    t.region[p] = table.region[r]!;
  }
  return t;
}
