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
 * The rows of a table (already in ascending start order) grouped by service code, so R_s of any service is
 * one merge of two short lists. Merging on demand instead of keeping one list per service keeps memory at
 * the size of the table even when many services share many platform-wide records.
 */
export interface ServiceRowGroups {
  /** rows of each service code, ascending */
  own: Int32Array[];
  /** platform-wide rows, ascending */
  platformWide: Int32Array;
  count: number;
}

export function groupRowsByService(table: RecordTable): ServiceRowGroups {
  const services = table.services.length;
  const sizes = new Int32Array(services);
  let platformWide = 0;
  for (let r = 0; r < table.count; r++) {
    const c = table.service[r]!;
    if (c < 0) platformWide++;
    else sizes[c]!++;
  }
  const own = Array.from({ length: services }, (_, c) => new Int32Array(sizes[c]!));
  const platform = new Int32Array(platformWide);
  const fill = new Int32Array(services);
  let p = 0;
  for (let r = 0; r < table.count; r++) {
    const c = table.service[r]!;
    if (c < 0) platform[p++] = r;
    else own[c]![fill[c]!++] = r;
  }
  return { own, platformWide: platform, count: table.count };
}

/**
 * R_s of SPEC 5, ascending: the service's own rows plus the platform-wide ones; `*` gets every row, and a
 * service the records do not name (it has only samples) gets the platform-wide rows.
 */
export function serviceRows(groups: ServiceRowGroups, table: RecordTable, service: string): Int32Array {
  if (service === PLATFORM) {
    const all = new Int32Array(groups.count);
    for (let r = 0; r < all.length; r++) all[r] = r;
    return all;
  }
  const code = table.services.indexOf(service);
  const own = code >= 0 ? groups.own[code]! : new Int32Array(0);
  const shared = groups.platformWide;
  const out = new Int32Array(own.length + shared.length);
  for (let i = 0, j = 0, k = 0; k < out.length; k++) {
    out[k] = j >= shared.length || (i < own.length && own[i]! < shared[j]!) ? own[i++]! : shared[j++]!;
  }
  return out;
}
