import type { RecordTable, SampleCounts } from '../model/records';
import { UNATTRIBUTED_SERVICE } from '../model/settings';
import { serviceCodeOf } from '../model/service-codes';
import type { ServiceMajorTable } from './records-by-service';
import type { RowSource } from './sweep';

function hasUnattributed(table: RecordTable): boolean {
  for (let i = 0; i < table.count; i++) if (table.service[i]! < 0) return true;
  return false;
}

/** The platform row's name (SPEC 5). */
export const PLATFORM = '*';

/**
 * Every service of the log, records and sample streams alike, `*` first, then by name (code-unit order).
 * `unattributed` (SPEC 4 `--unattributed own`): records without a service form a service of their own.
 */
export function reportServices(table: RecordTable, samples: SampleCounts | null, unattributed = false): string[] {
  const names = new Set(table.services);
  for (const s of samples?.streams ?? []) if (s.service !== null) names.add(s.service);
  names.delete(PLATFORM);
  if (unattributed && hasUnattributed(table)) names.add(UNATTRIBUTED_SERVICE);
  return [PLATFORM, ...[...names].sort(codeUnitOrder)];
}

/** Service names' order in every report: by UTF-16 code units, as SPEC 7 sorts rows. */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whether row a of the service-major table comes before row b in a sweep's order: by start, equal starts in
 * the table's order (platform-wide rows first, then by service code, each in log order). Rows of one start
 * give the same figures in any order; one fixed order keeps the share sum's additions in one order too.
 */
function before(major: ServiceMajorTable, a: number, b: number): boolean {
  const { start } = major.table;
  const sa = start[a]!;
  const sb = start[b]!;
  return sa < sb || (sa === sb && a < b);
}

/**
 * R_s of SPEC 5 for a service other than `*`, as rows of the service-major table in ascending start order
 * (`unattributed`: the platform-wide rows are not every service's but those of UNATTRIBUTED_SERVICE):
 * the service's own rows merged with the platform-wide ones (see before()); a service the records do not name (it has only samples) gets the
 * platform-wide rows.
 */
export function serviceRows(major: ServiceMajorTable, service: string, unattributed = false): RowSource {
  const { from } = major;
  const code = serviceCodeOf(major.services, service);
  let i = code >= 0 ? from[code + 1]! : 0;
  const ownEnd = code >= 0 ? from[code + 2]! : 0;
  // with unattributed own, the platform-wide rows are service (unattributed)'s alone
  const shared = !unattributed || service === UNATTRIBUTED_SERVICE;
  let j = from[0]!;
  const sharedEnd = shared ? from[1]! : j;
  return {
    fill(buf: Int32Array): number {
      const k = Math.min(buf.length, ownEnd - i + (sharedEnd - j));
      for (let c = 0; c < k; c++) buf[c] = j >= sharedEnd || (i < ownEnd && before(major, i, j)) ? i++ : j++;
      return k;
    },
  };
}

/**
 * R_* of SPEC 5: every row of the service-major table, in start order (see before()), by merging the
 * groups in a tree of losers (one comparison per level for each row, half of what a heap takes). Read in
 * this order the groups are each still read front to back, one stream per service, so the cache holds the
 * current line of each.
 */
export function platformRows(major: ServiceMajorTable): RowSource {
  const { from } = major;
  const { start } = major.table;
  const n = from[from.length - 1]!;
  const groups = from.length - 1;
  let leaves = 1;
  while (leaves < groups) leaves *= 2;
  // one number per row orders as (start, row) when starts are whole numbers and (start - least) * n + row
  // stays below 2^53 (32-bit steps of a few years and millions of rows): then a match is one comparison
  let least = Infinity;
  let most = -Infinity;
  for (let g = 0; g < groups; g++) {
    if (from[g]! === from[g + 1]!) continue;
    least = Math.min(least, start[from[g]!]!);
    most = Math.max(most, start[from[g + 1]! - 1]!);
  }
  const single = !(start instanceof Float64Array) && (most - least + 1) * n < 2 ** 53;
  // each group's next row and its key; a finished group, or a leaf past the last group, keys +Infinity
  const next = new Int32Array(leaves);
  const key = new Float64Array(leaves).fill(Infinity);
  const tie = new Int32Array(leaves);
  const setKey = (g: number): void => {
    const row = next[g]!;
    const more = row < from[g + 1]!;
    key[g] = !more ? Infinity : single ? (start[row]! - least) * n + row : start[row]!;
    tie[g] = more && !single ? row : 0;
  };
  for (let g = 0; g < groups; g++) {
    next[g] = from[g]!;
    setKey(g);
  }
  const less = (a: number, b: number): boolean => key[a]! < key[b]! || (key[a] === key[b] && tie[a]! < tie[b]!);
  // loser[i], i >= 1: the group that lost the match at node i; winners build up from the leaves
  const loser = new Int32Array(leaves);
  const winner = new Int32Array(2 * leaves);
  for (let g = 0; g < leaves; g++) winner[leaves + g] = g;
  for (let i = leaves - 1; i >= 1; i--) {
    const a = winner[2 * i]!;
    const b = winner[2 * i + 1]!;
    const aWins = less(a, b) || (!less(b, a) && a < b);
    winner[i] = aWins ? a : b;
    loser[i] = aWins ? b : a;
  }
  let top = winner[1]!;
  return {
    fill(buf: Int32Array): number {
      let k = 0;
      while (k < buf.length && key[top]! !== Infinity) {
        const g = top;
        const row = next[g]!++;
        buf[k++] = row;
        if (single) key[g] = row + 1 < from[g + 1]! ? (start[row + 1]! - least) * n + row + 1 : Infinity;
        else setKey(g);
        // replay g's matches from its leaf to the root
        let w = g;
        if (single) {
          // keys are distinct (the rows are), so no tie to break
          let kw = key[w]!;
          for (let i = (leaves + g) >> 1; i >= 1; i >>= 1) {
            const l = loser[i]!;
            const kl = key[l]!;
            if (kl < kw) {
              loser[i] = w;
              w = l;
              kw = kl;
            }
          }
        } else {
          for (let i = (leaves + g) >> 1; i >= 1; i >>= 1) {
            const l = loser[i]!;
            if (less(l, w)) {
              loser[i] = w;
              w = l;
            }
          }
        }
        top = w;
      }
      return k;
    },
  };
}
