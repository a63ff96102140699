import type { RecordTable } from '../model/records';

/**
 * The columns the sweep reads, permuted into `order` (ascending start). Sweeping the records in start
 * order then reads memory front to back instead of jumping across a million-row table for every field,
 * which is most of the sweep's cost on large logs. Row p of the result is row order[p] of `table`
 * (the table itself when it is already in that order).
 */
export function sortedTable(table: RecordTable, order: Int32Array): RecordTable {
  const n = order.length;
  // most logs are written in time order: then the table itself is already sorted
  let identity = true;
  for (let p = 0; p < n && identity; p++) identity = order[p] === p;
  if (identity) return table;
  const t: RecordTable = {
    count: n,
    start: new Float64Array(n),
    end: new Float64Array(n),
    service: new Int32Array(n),
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
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]!] = p;
  for (let r = 0; r < n; r++) {
    const p = position[r]!;
    t.start[p] = table.start[r]!;
    t.end[p] = table.end[r]!;
    t.service[p] = table.service[r]!;
    t.severity[p] = table.severity[r]!;
    t.affected[p] = table.affected[r]!;
    t.region[p] = table.region[r]!;
  }
  return t;
}
