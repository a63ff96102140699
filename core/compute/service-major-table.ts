import type { RecordTable } from '../model/records';
import { orderByKey, uint32Order } from './sort-order';
import type { SweepKinds, SweepTable } from './sweep';

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

/** Most kinds a 16-bit kind column holds. */
const MAX_KINDS = 1 << 16;

/**
 * Each row's kind, in row order: rows of one kind have the same severity, region and affected share (a log
 * repeats a few of each: the 1M-row bench log has about 4,000 kinds), so the sweeps read two bytes a row
 * instead of thirteen and f(r) is computed once per kind. null past MAX_KINDS kinds.
 */
function rowKinds(table: RecordTable): { kind: Uint16Array; kinds: SweepKinds } | null {
  const n = table.count;
  const kind = new Uint16Array(n);
  const severity: number[] = [];
  const affected: number[] = [];
  const region: number[] = [];
  // open addressing over (severity, region, bits of affected); slots hold kind + 1
  const bits = 17;
  const slots = new Int32Array(1 << bits);
  const one = new Float64Array(1);
  const words = new Uint32Array(one.buffer);
  for (let r = 0; r < n; r++) {
    const sev = table.severity[r]!;
    const reg = table.region[r]!;
    const a = table.affected[r]!;
    one[0] = a;
    let h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1) ^ Math.imul(reg * 4 + sev, 0x85ebca6b), 0xc2b2ae35);
    h = (h ^ (h >>> 15)) >>> (32 - bits);
    for (;;) {
      const k = slots[h]! - 1;
      if (k < 0) {
        if (severity.length === MAX_KINDS) return null;
        slots[h] = severity.length + 1;
        kind[r] = severity.length;
        severity.push(sev);
        affected.push(a);
        region.push(reg);
        break;
      }
      if (severity[k] === sev && region[k] === reg && Object.is(affected[k], a)) {
        kind[r] = k;
        break;
      }
      h = (h + 1) & ((1 << bits) - 1);
    }
  }
  return {
    kind,
    kinds: {
      severity: Uint8Array.from(severity),
      affected: Float64Array.from(affected),
      region: Int32Array.from(region),
    },
  };
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
 * The sweep's columns with each group's rows together, in log order within the group: sequential reads and
 * one write stream per group, where sorting the whole log first would read each column at random.
 */
function grouped(table: RecordTable, from: Int32Array, shared: boolean): SweepTable {
  const n = table.count;
  const room = (bytes: number): ArrayBuffer | SharedArrayBuffer =>
    shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const scale = timeScale(table);
  const kinds = rowKinds(table);
  // instants as 32-bit steps when they fit: half the room of the two largest columns
  const t: SweepTable = {
    start: scale ? new Uint32Array(room(4 * n)) : new Float64Array(room(8 * n)),
    end: scale ? new Uint32Array(room(4 * n)) : new Float64Array(room(8 * n)),
    base: scale ? scale.base : 0,
    step: scale ? scale.step : 1,
    // past MAX_KINDS kinds, every row is its own kind
    kind: kinds ? new Uint16Array(room(2 * n)) : new Int32Array(room(4 * n)),
    kinds: kinds
      ? kinds.kinds
      : { severity: new Uint8Array(n), affected: new Float64Array(n), region: new Int32Array(n) },
    regions: table.regions.length,
  };
  const { base, step } = t;
  const fill = from.slice(0, from.length - 1);
  const { start, end, kind } = t;
  for (let r = 0; r < n; r++) {
    const p = fill[table.service[r]! + 1]!++;
    start[p] = (table.start[r]! - base) / step;
    end[p] = (table.end[r]! - base) / step;
    if (kinds) {
      kind[p] = kinds.kind[r]!;
    } else {
      t.kinds.severity[p] = table.severity[r]!;
      t.kinds.affected[p] = table.affected[r]!;
      t.kinds.region[p] = table.region[r]!;
    }
  }
  // each row its own kind: the kind is the row's place, which the group's sort then moves with the row
  if (!kinds) for (let p = 0; p < n; p++) t.kind[p] = p;
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
