import { plainColumns, sharedColumns } from '../import/records/grown-column';
import { groupedCopy } from '../import/records/group-by-service';
import type { RecordInstants, RecordTable } from '../model/records';
import type { SweepTable } from './sweep';

/**
 * The columns the sweeps read, grouped by service, each group in start order (ties in log order).
 * Read in a start-sorted copy, a service's rows lay scattered (one in 48 on a log of 48 services), a cache
 * miss per column per record and most of a million-row report; here they lie together, and `*`, reading
 * every group at once in start order, still reads each group front to back. One copy serves every sweep,
 * and records that an import grouped already (RecordTable.groups) are read where they lie.
 */
export interface ServiceMajorTable {
  /**
   * platform-wide rows first, then service code 0, 1, ...; only the columns the sweeps read: no service
   * column (`from` gives each row's)
   */
  table: SweepTable;
  /** the input table's service names (service code c is group 1 + c) */
  services: readonly string[];
  /** the rows of group g are [from[g], from[g + 1]); group 0 is platform-wide, group 1 + c is service code c */
  from: Int32Array;
}

/**
 * `shared`: the large columns (starts, ends, kinds) on SharedArrayBuffers, so a worker thread
 * reads them in place (PlatformSweepJob).
 */
export function serviceMajorTable(table: RecordTable, shared = false): ServiceMajorTable {
  const sweepTable = (instants: RecordInstants, kind: Uint16Array | Int32Array): SweepTable => ({
    ...instants,
    kind,
    kinds: table.kinds,
    regions: table.regions.length,
  });
  const { instants } = table;
  if (table.groups && (!shared || instants.start.buffer instanceof SharedArrayBuffer)) {
    return { table: sweepTable(instants, table.kind), services: table.services, from: table.groups };
  }
  // a copy of the log's columns, grouped as an import without texts groups its records
  const {
    instants: copied,
    kind,
    from,
  } = groupedCopy(table, table.count, table.services.length, shared ? sharedColumns : plainColumns);
  return { table: sweepTable(copied, kind), services: table.services, from };
}
