import type { RecordTable, SampleCounts } from '../model/records';

/** The platform row's name (SPEC 5). */
export const PLATFORM = '*';

/** Every service of the log, records and sample streams alike, `*` first, then by name (code-unit order). */
export function reportServices(table: RecordTable, samples: SampleCounts | null): string[] {
  const names = new Set(table.services);
  for (const s of samples?.streams ?? []) if (s.service !== null) names.add(s.service);
  names.delete(PLATFORM);
  return [PLATFORM, ...[...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

/**
 * R_s of SPEC 5 for every service, each in the order of `order` (ascending start): the service's own rows
 * plus the platform-wide ones. `*` gets every row.
 */
export function rowsByService(table: RecordTable, order: Int32Array): Map<string, Int32Array> {
  const services = table.services.length;
  const own = new Int32Array(services);
  let platformWide = 0;
  for (let i = 0; i < table.count; i++) {
    const c = table.service[i]!;
    if (c < 0) platformWide++;
    else own[c]!++;
  }
  const lists = Array.from({ length: services }, (_, c) => new Int32Array(own[c]! + platformWide));
  const fill = new Int32Array(services);
  for (let i = 0; i < order.length; i++) {
    const r = order[i]!;
    const c = table.service[r]!;
    if (c >= 0) lists[c]![fill[c]!++] = r;
    else for (let s = 0; s < services; s++) lists[s]![fill[s]!++] = r;
  }
  const out = new Map<string, Int32Array>();
  table.services.forEach((name, c) => out.set(name, lists[c]!));
  out.set(PLATFORM, order);
  return out;
}

/** Rows of platform-wide records only, in the order of `order` (services that appear only in samples). */
export function platformWideRows(table: RecordTable, order: Int32Array): Int32Array {
  return order.filter((r) => table.service[r]! < 0);
}
