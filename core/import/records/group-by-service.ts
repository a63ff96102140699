import { orderByKey, uint32Order } from '../../compute/sort-order';
import type { RecordInstants } from '../../model/records';
import type { ColumnRoom } from './grown-column';

/** The columns grouped: every per-row column of a table without texts. */
export interface GroupedColumns {
  instants: RecordInstants;
  service: Int16Array | Int32Array;
  kind: Uint16Array | Int32Array;
}

type Column = Int32Array | Float64Array | Int16Array | Uint16Array;

/**
 * Puts the rows in RecordTable.groups order where they lie (platform-wide first, then by service code, each
 * group in start order, ties in log order) and returns the groups' bounds. Two steps, each reading and
 * writing in few places at once: the rows are swapped into their groups (an American flag sort: one write
 * stream per group), then each group, small enough for the cache, is sorted where it lies. The working
 * memory is each row's place in the log and a scratch for the largest group, not a second table.
 */
export function groupByService(columns: GroupedColumns, count: number, services: number): Int32Array {
  const from = groupBounds(columns.service, count, services);
  const row = new Int32Array(count);
  for (let r = 0; r < count; r++) row[r] = r;
  const { start, end } = columns.instants;
  swapIntoGroups(columns.service, start, end, columns.kind, row, from);
  const scratch = new GroupSort(from, start instanceof Float64Array);
  for (let g = 0; g + 1 < from.length; g++) scratch.sort(from[g]!, from[g + 1]!, row, [start, end, columns.kind]);
  return from;
}

/**
 * The columns' starts, ends and kinds grouped as groupByService groups them, in new columns (`room`): each
 * row is placed into its group in log order (one pass reading the log in order, one write stream per
 * group), so each group's stable sort keeps ties in log order. For a table that keeps the log's order.
 */
export function groupedCopy(
  columns: GroupedColumns,
  count: number,
  services: number,
  room: ColumnRoom,
): { instants: RecordInstants; kind: Uint16Array | Int32Array; from: Int32Array } {
  const { service, instants } = columns;
  const from = groupBounds(service, count, services);
  const kind = columns.kind instanceof Uint16Array ? room(Uint16Array, count) : room(Int32Array, count);
  const copied: RecordInstants =
    instants.start instanceof Int32Array
      ? { start: room(Int32Array, count), end: room(Int32Array, count), base: instants.base, step: instants.step }
      : { start: room(Float64Array, count), end: room(Float64Array, count), base: 0, step: 1 };
  const fill = from.slice(0, from.length - 1);
  const { start, end } = copied;
  for (let r = 0; r < count; r++) {
    const p = fill[service[r]! + 1]!++;
    start[p] = instants.start[r]!;
    end[p] = instants.end[r]!;
    kind[p] = columns.kind[r]!;
  }
  const scratch = new GroupSort(from, start instanceof Float64Array);
  for (let g = 0; g + 1 < from.length; g++) scratch.sort(from[g]!, from[g + 1]!, null, [start, end, kind]);
  return { instants: copied, kind, from };
}

/** Where each group's rows begin: group 0 platform-wide, group 1 + c service code c; the last is `count`. */
function groupBounds(service: Int16Array | Int32Array, count: number, services: number): Int32Array {
  const from = new Int32Array(services + 2);
  for (let r = 0; r < count; r++) from[service[r]! + 2]!++;
  for (let g = 1; g < from.length; g++) from[g]! += from[g - 1]!;
  return from;
}

/**
 * Moves each row into its group (group 1 + service), its start, end, kind and place in the log with it: a
 * row out of place is swapped into the next free place of its own group until the row taken in belongs
 * where it started. Rows end up in no particular order within a group.
 */
function swapIntoGroups(
  service: Int16Array | Int32Array,
  start: Int32Array | Float64Array,
  end: Int32Array | Float64Array,
  kind: Uint16Array | Int32Array,
  row: Int32Array,
  from: Int32Array,
): void {
  const head = from.slice(0, from.length - 1);
  for (let g = 0; g < head.length; g++) {
    const last = from[g + 1]!;
    while (head[g]! < last) {
      const i = head[g]!;
      let s = service[i]!;
      if (s + 1 !== g) {
        // the row in hand, swapped with the one at its group's next free place until one belongs at i
        let st = start[i]!;
        let en = end[i]!;
        let kd = kind[i]!;
        let rw = row[i]!;
        do {
          const j = head[s + 1]!++;
          const s2 = service[j]!;
          const st2 = start[j]!;
          const en2 = end[j]!;
          const kd2 = kind[j]!;
          const rw2 = row[j]!;
          service[j] = s;
          start[j] = st;
          end[j] = en;
          kind[j] = kd;
          row[j] = rw;
          s = s2;
          st = st2;
          en = en2;
          kd = kd2;
          rw = rw2;
        } while (s + 1 !== g);
        service[i] = s;
        start[i] = st;
        end[i] = en;
        kind[i] = kd;
        row[i] = rw;
      }
      head[g]!++;
    }
  }
}

/**
 * Rows of equal start into log order: the swaps left a group's rows in no order, and a start order keeps
 * that order among equal starts. Runs of one start are short (an insertion sort each).
 */
function inLogOrderOnTies(order: Int32Array, start: Int32Array | Float64Array, row: Int32Array): void {
  const n = order.length;
  for (let i = 1; i < n; i++) {
    const o = order[i]!;
    const s = start[o]!;
    let j = i - 1;
    while (j >= 0 && start[order[j]!] === s && row[order[j]!]! > row[o]!) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = o;
  }
}

/** Sorting one group at a time, with working memory for the largest shared by all. */
class GroupSort {
  private readonly local: Int32Array;
  private readonly keys: Uint32Array;
  private readonly wideKeys: Float64Array;
  private readonly scratch: { rows: Int32Array; keys: Uint32Array };
  /** a column's rows of the group, copied: room for the widest (8-byte) column */
  private readonly old: ArrayBuffer;

  constructor(from: Int32Array, wide: boolean) {
    let most = 0;
    for (let g = 0; g + 1 < from.length; g++) most = Math.max(most, from[g + 1]! - from[g]!);
    this.local = new Int32Array(most);
    this.keys = new Uint32Array(most);
    this.wideKeys = new Float64Array(wide ? most : 0);
    this.scratch = { rows: new Int32Array(most), keys: new Uint32Array(most) };
    this.old = new ArrayBuffer(8 * most);
  }

  /**
   * Rows [a, b) into start order, ties in log order (`row`: each row's place in the log, left as it was;
   * null: the rows are in log order already). `columns[0]` is the start column.
   */
  sort(a: number, b: number, row: Int32Array | null, columns: [Int32Array | Float64Array, ...Column[]]): void {
    const n = b - a;
    if (n < 2) return;
    const local = this.local.subarray(0, n);
    for (let i = 0; i < n; i++) local[i] = i;
    const start = columns[0];
    let order: Int32Array;
    if (start instanceof Float64Array) {
      const wide = this.wideKeys.subarray(0, n);
      wide.set(start.subarray(a, b));
      order = orderByKey(wide, local);
    } else {
      let least = Infinity;
      for (let i = 0; i < n; i++) least = Math.min(least, start[a + i]!);
      // 32-bit steps less the group's earliest: unsigned keys below 2^32, each the key of local[i]
      const keys = this.keys.subarray(0, n);
      for (let i = 0; i < n; i++) keys[i] = start[a + i]! - least;
      order = uint32Order(keys, local, this.scratch);
    }
    if (row) inLogOrderOnTies(order, start.subarray(a, b), row.subarray(a, b));
    for (const column of columns) this.permute(column.subarray(a, b), order);
  }

  /** column[i] = old column[order[i]] for every i. */
  private permute(column: Column, order: Int32Array): void {
    const n = order.length;
    const old =
      column instanceof Float64Array
        ? new Float64Array(this.old, 0, n)
        : column instanceof Int32Array
          ? new Int32Array(this.old, 0, n)
          : column instanceof Int16Array
            ? new Int16Array(this.old, 0, n)
            : new Uint16Array(this.old, 0, n);
    old.set(column);
    for (let i = 0; i < n; i++) column[i] = old[order[i]!]!;
  }
}
