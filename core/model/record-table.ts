import { RecordColumns } from '../import/records/record-columns';
import { SEVERITIES, severityCode, type OutageRecord, type RecordTable } from './records';
import { textAt, textColumnOf } from './text-column';

/**
 * Builds a RecordTable from plain records (tests, small logs), as an import stores them: `grouped` as an
 * import that keeps no texts (RecordTable.groups; no lines, titles or ids).
 */
export function tableFromRecords(records: readonly OutageRecord[], grouped = false): RecordTable {
  const services = new Map<string, number>();
  const regions = new Map<string, number>();
  const intern = (map: Map<string, number>, v: string): number => {
    let i = map.get(v);
    if (i === undefined) map.set(v, (i = map.size));
    return i;
  };
  const out = grouped ? new RecordColumns(false, false, false, true) : new RecordColumns(false, false);
  for (const r of records) {
    const service = r.service === null ? -1 : intern(services, r.service);
    const region = r.region === undefined ? -1 : intern(regions, r.region);
    out.push(r.start, r.end, service, severityCode(r.severity), r.affected ?? NaN, region, r.line);
    if (r.open) out.markOpen();
  }
  const t = out.finish(NaN, [...services.keys()], [...regions.keys()]);
  if (grouped) return t;
  if (records.some((r) => r.title !== undefined)) t.titles = textColumnOf(records.map((r) => r.title));
  if (records.some((r) => r.id !== undefined)) t.ids = textColumnOf(records.map((r) => r.id));
  return t;
}

/** Row i's start, ms since epoch. */
export function startAt(t: RecordTable, i: number): number {
  const { base, step, start } = t.instants;
  return base + step * start[i]!;
}

/** Row i's end, ms since epoch. */
export function endAt(t: RecordTable, i: number): number {
  const { base, step, end } = t.instants;
  return base + step * end[i]!;
}

/** Row i as a plain record. */
export function recordAt(t: RecordTable, i: number): OutageRecord {
  const k = t.kind[i]!;
  const r: OutageRecord = {
    start: startAt(t, i),
    end: endAt(t, i),
    service: t.service[i]! < 0 ? null : t.services[t.service[i]!]!,
    severity: SEVERITIES[t.kinds.severity[k]!]!,
    open: t.kinds.open[k] === 1,
    line: t.line?.[i] ?? 0,
  };
  const affected = t.kinds.affected[k]!;
  if (!Number.isNaN(affected)) r.affected = affected;
  const region = t.kinds.region[k]!;
  if (region >= 0) r.region = t.regions[region]!;
  const title = t.titles && textAt(t.titles, i);
  if (title !== undefined) r.title = title;
  const id = t.ids && textAt(t.ids, i);
  if (id !== undefined) r.id = id;
  return r;
}

export function recordsFromTable(t: RecordTable): OutageRecord[] {
  const out: OutageRecord[] = new Array<OutageRecord>(t.count);
  for (let i = 0; i < t.count; i++) out[i] = recordAt(t, i);
  return out;
}
