import type { RecordTable, SampleCounts } from '../model/records';
import type { ServiceMajorTable } from './service-major-table';

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
 * R_s of SPEC 5 for a service other than `*`, as rows of the service-major table in ascending start order:
 * the service's own rows merged with the platform-wide ones (ties in start order, as one sweep over the
 * start-sorted table would take them); a service the records do not name (it has only samples) gets the
 * platform-wide rows.
 */
export function serviceRows(major: ServiceMajorTable, service: string): Int32Array {
  const { from, rank } = major;
  const code = major.table.services.indexOf(service);
  let i = code >= 0 ? from[code + 1]! : 0;
  const ownEnd = code >= 0 ? from[code + 2]! : 0;
  let j = from[0]!;
  const sharedEnd = from[1]!;
  const out = new Int32Array(ownEnd - i + (sharedEnd - j));
  for (let k = 0; k < out.length; k++) {
    out[k] = j >= sharedEnd || (i < ownEnd && rank[i]! < rank[j]!) ? i++ : j++;
  }
  return out;
}

/**
 * R_* of SPEC 5: every row of the service-major table, in start order. Read in this order the groups are
 * each still read front to back, one stream per service, so the cache holds the current line of each.
 */
export function platformRows(major: ServiceMajorTable): Int32Array {
  const { rank } = major;
  const out = new Int32Array(rank.length);
  for (let a = 0; a < rank.length; a++) out[rank[a]!] = a;
  return out;
}
