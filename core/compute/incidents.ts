import type { IncidentRow } from '../model/report-model';
import { SEVERITIES, type RecordTable } from '../model/records';
import { textAt } from '../model/text-column';
import { usersFor } from '../model/settings-lookup';
import type { Settings } from '../model/settings';
import { endAt, startAt } from '../model/record-table';
import { affectedShare, regionShareByCode } from './affected-share';
import { orderByKey } from './sort-order';

/**
 * The incident list: one row per record of `rowsByStart` (indices into table in ascending start order, ties
 * in log order), with f(r) and its user-minutes (users x duration x f(r), the record alone, before overlaps
 * merge), sorted by user-minutes descending, then start, then log order. `limit` keeps only the first rows
 * of that order (huge logs: nobody reads a million rows, and building them costs more than the report).
 */
export function incidentRows(
  table: RecordTable,
  rowsByStart: Int32Array,
  settings: Settings,
  limit = Infinity,
): IncidentRow[] {
  // the CLI's text formats keep none: then no share or user-minutes column is worth building
  if (limit <= 0) return [];
  const shares = regionShareByCode(table, settings.regionShares);
  const n = rowsByStart.length;
  // by row, in table order: reading the columns front to back is what makes this fast on large logs
  const picked = new Uint8Array(table.count);
  const minMs = settings.minOutageMinutes * 60_000;
  for (let p = 0; p < n; p++) picked[rowsByStart[p]!] = 1;
  // each service's user base (a platform-wide record: the default); none set: the rows rank by full-outage
  // minutes and carry no user-minutes
  const users = [...table.services.map((s) => usersFor(settings, s)), settings.users];
  const platform = table.services.length;
  const userMinutes = new Float64Array(table.count);
  const share = new Float64Array(table.count);
  for (let r = 0; r < table.count; r++) {
    if (!picked[r]) continue;
    const ms = endAt(table, r) - startAt(table, r);
    // SPEC 4 minimum outage: a dropped record is no incident either
    if (ms < minMs) {
      picked[r] = 0;
      continue;
    }
    const f = affectedShare(table.kinds, table.kind[r]!, settings.weights, shares);
    share[r] = f;
    const svc = table.service[r]!;
    userMinutes[r] = (users[svc < 0 ? platform : svc] ?? 1) * (ms / 60_000) * f;
  }
  const kept = minMs > 0 ? rowsByStart.filter((r) => picked[r] === 1) : rowsByStart;
  const rows = limit < kept.length / 8 ? topRows(table, picked, userMinutes, limit) : allRows(kept, userMinutes);
  return Array.from(rows, (r) => {
    const svc = table.service[r]!;
    return incidentRow(table, r, share[r]!, users[svc < 0 ? platform : svc] === null ? null : userMinutes[r]!);
  });
}

function allRows(rowsByStart: Int32Array, userMinutes: Float64Array): Int32Array {
  const negated = new Float64Array(userMinutes.length);
  for (let r = 0; r < negated.length; r++) negated[r] = -userMinutes[r]!;
  // stable: rows of equal user-minutes stay in start order
  return orderByKey(negated, rowsByStart);
}

/** The `k` best picked rows (largest user-minutes, then earliest start, then first in the log), in that order. */
function topRows(table: RecordTable, picked: Uint8Array, userMinutes: Float64Array, k: number): Int32Array {
  // stored instants: their order is the instants' order
  const start = table.instants.start;
  const worse = (a: number, b: number) =>
    userMinutes[a]! < userMinutes[b]! ||
    (userMinutes[a] === userMinutes[b] && (start[a]! > start[b]! || (start[a] === start[b] && a > b)));
  // a bounded heap with the worst kept row on top
  const heap: number[] = [];
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (let row = 0; row < table.count && k > 0; row++) {
    if (!picked[row]) continue;
    if (heap.length < k) {
      heap.push(row);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, row)) {
      heap[0] = row;
      siftDown(0);
    }
  }
  return Int32Array.from(heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)));
}

function incidentRow(table: RecordTable, r: number, affectedShare: number, userMinutes: number | null): IncidentRow {
  const svc = table.service[r]!;
  const kind = table.kind[r]!;
  const region = table.kinds.region[kind]!;
  const start = startAt(table, r);
  const end = endAt(table, r);
  return {
    index: r,
    start,
    end,
    service: svc < 0 ? null : table.services[svc]!,
    severity: SEVERITIES[table.kinds.severity[kind]!]!,
    region: region < 0 ? null : table.regions[region]!,
    title: (table.titles && textAt(table.titles, r)) ?? null,
    id: (table.ids && textAt(table.ids, r)) ?? null,
    open: table.kinds.open[kind] === 1,
    line: table.line?.[r] ?? 0,
    durationMinutes: (end - start) / 60_000,
    affectedShare,
    userMinutes,
  };
}
