import type { IncidentRow } from '../model/report-model';
import { SEVERITIES, type RecordTable } from '../model/records';
import type { Settings } from '../model/settings';
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
  const shares = regionShareByCode(table, settings.regionShares);
  const n = rowsByStart.length;
  // by position in rowsByStart, so the start/log-order tie-break is the position itself
  const userMinutes = new Float64Array(n);
  const share = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const r = rowsByStart[p]!;
    const f = affectedShare(table, r, settings.weights, shares);
    share[p] = f;
    userMinutes[p] = settings.users * ((table.end[r]! - table.start[r]!) / 60_000) * f;
  }
  const positions = limit < n / 8 ? topPositions(userMinutes, limit) : allPositions(userMinutes);
  return Array.from(positions, (p) => incidentRow(table, rowsByStart[p]!, share[p]!, userMinutes[p]!));
}

function allPositions(userMinutes: Float64Array): Int32Array {
  const negated = new Float64Array(userMinutes.length);
  for (let p = 0; p < negated.length; p++) negated[p] = -userMinutes[p]!;
  return orderByKey(negated);
}

/** The `k` best positions (largest user-minutes, then smallest position), in that order. */
function topPositions(userMinutes: Float64Array, k: number): Int32Array {
  const worse = (a: number, b: number) =>
    userMinutes[a]! < userMinutes[b]! || (userMinutes[a] === userMinutes[b] && a > b);
  // a bounded heap with the worst kept position on top
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
  for (let p = 0; p < userMinutes.length && k > 0; p++) {
    if (heap.length < k) {
      heap.push(p);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (worse(heap[0]!, p)) {
      heap[0] = p;
      siftDown(0);
    }
  }
  return Int32Array.from(heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)));
}

function incidentRow(table: RecordTable, r: number, affectedShare: number, userMinutes: number): IncidentRow {
  const svc = table.service[r]!;
  const region = table.region[r]!;
  return {
    index: r,
    start: table.start[r]!,
    end: table.end[r]!,
    service: svc < 0 ? null : table.services[svc]!,
    severity: SEVERITIES[table.severity[r]!]!,
    region: region < 0 ? null : table.regions[region]!,
    title: table.titles?.[r] ?? null,
    id: table.ids?.[r] ?? null,
    open: table.open[r] === 1,
    line: table.line[r]!,
    durationMinutes: (table.end[r]! - table.start[r]!) / 60_000,
    affectedShare,
    userMinutes,
  };
}
