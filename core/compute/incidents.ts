import type { IncidentRow } from '../model/report-model';
import { SEVERITIES, type RecordTable } from '../model/records';
import type { Settings } from '../model/settings';
import { affectedShare, regionShareByCode } from './affected-share';
import { orderByKey } from './sort-order';

/**
 * The incident list: one row per record of `rows`, with f(r) and its user-minutes (users x duration x f(r),
 * the record alone, before overlaps merge), sorted by user-minutes descending, then start, then log order.
 * `limit` keeps only the first rows of that order (huge logs: nobody reads a million rows).
 */
export function incidentRows(
  table: RecordTable,
  rows: Int32Array,
  settings: Settings,
  limit = Infinity,
): IncidentRow[] {
  const shares = regionShareByCode(table, settings.regionShares);
  const n = rows.length;
  const negUserMinutes = new Float64Array(table.count);
  const share = new Float64Array(table.count);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const f = affectedShare(table, r, settings.weights, shares);
    share[r] = f;
    negUserMinutes[r] = -(settings.users * ((table.end[r]! - table.start[r]!) / 60_000) * f);
  }
  const byStart = orderByKey(table.start, rows);
  const order = orderByKey(negUserMinutes, byStart);
  const count = Math.min(n, limit);
  const out: IncidentRow[] = new Array<IncidentRow>(count);
  for (let i = 0; i < count; i++) {
    const r = order[i]!;
    const svc = table.service[r]!;
    const region = table.region[r]!;
    out[i] = {
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
      affectedShare: share[r]!,
      userMinutes: -negUserMinutes[r]! || 0,
    };
  }
  return out;
}
