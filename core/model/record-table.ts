import { SEVERITIES, severityCode, type OutageRecord, type RecordTable } from './records';
import { textAt, textColumnOf } from './text-column';

/** Builds a RecordTable from plain records (tests, small logs, the renderer's edits). */
export function tableFromRecords(records: readonly OutageRecord[]): RecordTable {
  const n = records.length;
  const services: string[] = [];
  const regions: string[] = [];
  const serviceIndex = new Map<string, number>();
  const regionIndex = new Map<string, number>();
  const intern = (map: Map<string, number>, list: string[], v: string): number => {
    let i = map.get(v);
    if (i === undefined) {
      i = list.length;
      list.push(v);
      map.set(v, i);
    }
    return i;
  };
  const line = new Int32Array(n);
  const t: RecordTable = {
    count: n,
    start: new Float64Array(n),
    end: new Float64Array(n),
    service: new Int32Array(n),
    severity: new Uint8Array(n),
    affected: new Float64Array(n),
    region: new Int32Array(n),
    open: new Uint8Array(n),
    line,
    services,
    regions,
  };
  if (records.some((r) => r.title !== undefined)) t.titles = textColumnOf(records.map((r) => r.title));
  if (records.some((r) => r.id !== undefined)) t.ids = textColumnOf(records.map((r) => r.id));
  records.forEach((r, i) => {
    t.start[i] = r.start;
    t.end[i] = r.end;
    t.service[i] = r.service === null ? -1 : intern(serviceIndex, services, r.service);
    t.severity[i] = severityCode(r.severity);
    t.affected[i] = r.affected ?? NaN;
    t.region[i] = r.region === undefined ? -1 : intern(regionIndex, regions, r.region);
    t.open[i] = r.open ? 1 : 0;
    line[i] = r.line;
  });
  return t;
}

/** Row i of a table as a plain record. */
export function recordAt(t: RecordTable, i: number): OutageRecord {
  const r: OutageRecord = {
    start: t.start[i]!,
    end: t.end[i]!,
    service: t.service[i]! < 0 ? null : t.services[t.service[i]!]!,
    severity: SEVERITIES[t.severity[i]!]!,
    open: t.open[i] === 1,
    line: t.line?.[i] ?? 0,
  };
  if (!Number.isNaN(t.affected[i]!)) r.affected = t.affected[i]!;
  if (t.region[i]! >= 0) r.region = t.regions[t.region[i]!]!;
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
