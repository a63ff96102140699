import type { RecordTable } from '../model/records';
import { orderByKey, uint32Order } from './sort-order';
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
  const { instants } = table;
  // records that lie grouped already are read where they lie: no copy
  if (table.groups && (!shared || instants.start.buffer instanceof SharedArrayBuffer)) {
    const t: SweepTable = { ...instants, kind: table.kind, kinds: table.kinds, regions: table.regions.length };
    return { table: t, services: table.services, from: table.groups };
  }
  const n = table.count;
  const groups = table.services.length + 1;
  const from = new Int32Array(groups + 1);
  for (let r = 0; r < n; r++) from[table.service[r]! + 2]!++;
  for (let g = 1; g <= groups; g++) from[g]! += from[g - 1]!;
  const t = grouped(table, from, shared);
  const scratch = new GroupScratch(from);
  for (let g = 0; g < groups; g++) scratch.sortGroup(t, from[g]!, from[g + 1]!);
  return { table: t, services: table.services, from };
}

/**
 * The sweep's columns with each group's rows together, in log order within the group: sequential reads and
 * one write stream per group, where sorting the whole log first would read each column at random. Instants
 * in 32-bit steps become unsigned steps from the earliest start (no end is before its start), which the
 * groups' radix sorts take as they are.
 */
function grouped(table: RecordTable, from: Int32Array, shared: boolean): SweepTable {
  const n = table.count;
  const room = (bytes: number): ArrayBuffer | SharedArrayBuffer =>
    shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const fill = from.slice(0, from.length - 1);
  const kind = table.kind instanceof Uint16Array ? new Uint16Array(room(2 * n)) : new Int32Array(room(4 * n));
  const rows = table.instants;
  let t: SweepTable;
  if (rows.start instanceof Int32Array) {
    let min = 0;
    for (let r = 0; r < n; r++) if (rows.start[r]! < min || r === 0) min = rows.start[r]!;
    t = {
      start: new Uint32Array(room(4 * n)),
      end: new Uint32Array(room(4 * n)),
      base: rows.base + rows.step * min,
      step: rows.step,
      kind,
      kinds: table.kinds,
      regions: table.regions.length,
    };
    const { start, end } = t;
    const [rs, re] = [rows.start, rows.end as Int32Array];
    for (let r = 0; r < n; r++) {
      const p = fill[table.service[r]! + 1]!++;
      start[p] = rs[r]! - min;
      end[p] = re[r]! - min;
      kind[p] = table.kind[r]!;
    }
  } else {
    t = {
      start: new Float64Array(room(8 * n)),
      end: new Float64Array(room(8 * n)),
      base: 0,
      step: 1,
      kind,
      kinds: table.kinds,
      regions: table.regions.length,
    };
    const { start, end } = t;
    const [rs, re] = [rows.start, rows.end];
    for (let r = 0; r < n; r++) {
      const p = fill[table.service[r]! + 1]!++;
      start[p] = rs[r]!;
      end[p] = re[r]!;
      kind[p] = table.kind[r]!;
    }
  }
  return t;
}

/**
 * The working memory of sorting the groups, sized for the largest and shared by all: fresh arrays for each
 * group were garbage that no collection frees before the sweeps, 6 MB more at a million-row report's peak.
 */
class GroupScratch {
  private readonly local: Int32Array;
  private readonly keys: Uint32Array;
  private readonly sort: { rows: Int32Array; keys: Uint32Array };
  /** the column being moved, copied: room for the widest (8-byte) one */
  private readonly old: ArrayBuffer;

  constructor(from: Int32Array) {
    let most = 0;
    for (let g = 0; g + 1 < from.length; g++) most = Math.max(most, from[g + 1]! - from[g]!);
    this.local = new Int32Array(most);
    this.keys = new Uint32Array(most);
    this.sort = { rows: new Int32Array(most), keys: new Uint32Array(most) };
    this.old = new ArrayBuffer(8 * most);
  }

  /**
   * Rows [a, b) of the grouped columns into start order, ties in log order (the order they were placed in).
   * A group's columns fit the cache, so moving them by the sorted order costs little.
   */
  sortGroup(t: SweepTable, a: number, b: number): void {
    const n = b - a;
    const start = t.start.subarray(a, b);
    const local = this.local.subarray(0, n);
    for (let i = 0; i < n; i++) local[i] = i;
    let order: Int32Array;
    if (start instanceof Uint32Array) {
      const keys = this.keys.subarray(0, n);
      keys.set(start);
      order = uint32Order(keys, local, this.sort);
    } else {
      order = orderByKey(start as Float64Array);
    }
    this.permute(start, order);
    this.permute(t.end.subarray(a, b), order);
    this.permute(t.kind.subarray(a, b), order);
  }

  /** column[i] = old column[order[i]] for every i. */
  private permute(column: Uint32Array | Float64Array | Uint16Array | Int32Array, order: Int32Array): void {
    const n = order.length;
    const old =
      column instanceof Float64Array
        ? new Float64Array(this.old, 0, n)
        : column instanceof Uint16Array
          ? new Uint16Array(this.old, 0, n)
          : column instanceof Uint32Array
            ? new Uint32Array(this.old, 0, n)
            : new Int32Array(this.old, 0, n);
    old.set(column);
    for (let i = 0; i < n; i++) column[i] = old[order[i]!]!;
  }
}
