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

/** Whether row a of the service-major table comes before row b in the stable start order of the log. */
function before(major: ServiceMajorTable, a: number, b: number): boolean {
  const { start } = major.table;
  const sa = start[a]!;
  const sb = start[b]!;
  return sa < sb || (sa === sb && major.source[a]! < major.source[b]!);
}

/** Rows handed to a sweep a chunk at a time, so no list of a million rows is ever held. */
export interface RowSource {
  /** writes the next rows into buf from its start; returns how many (0: none left) */
  fill(buf: Int32Array): number;
}

/**
 * R_s of SPEC 5 for a service other than `*`, as rows of the service-major table in ascending start order:
 * the service's own rows merged with the platform-wide ones (ties in log order, as one sweep over the
 * start-sorted table would take them); a service the records do not name (it has only samples) gets the
 * platform-wide rows.
 */
export function serviceRows(major: ServiceMajorTable, service: string): RowSource {
  const { from } = major;
  const code = major.table.services.indexOf(service);
  let i = code >= 0 ? from[code + 1]! : 0;
  const ownEnd = code >= 0 ? from[code + 2]! : 0;
  let j = from[0]!;
  const sharedEnd = from[1]!;
  return {
    fill(buf: Int32Array): number {
      const k = Math.min(buf.length, ownEnd - i + (sharedEnd - j));
      for (let c = 0; c < k; c++) buf[c] = j >= sharedEnd || (i < ownEnd && before(major, i, j)) ? i++ : j++;
      return k;
    },
  };
}

/**
 * R_* of SPEC 5: every row of the service-major table, in start order (ties in log order), by merging the
 * groups through a heap of their next rows. Read in this order the groups are each still read front to
 * back, one stream per service, so the cache holds the current line of each.
 */
export function platformRows(major: ServiceMajorTable): RowSource {
  const { from, source } = major;
  const { start } = major.table;
  const groups = from.length - 1;
  // a min-heap of the unfinished groups by their next row, whose start and source travel with them in the
  // heap: the comparisons read nothing else
  const next = from.slice(0, groups);
  const heap = new Int32Array(groups);
  const heapStart = new Float64Array(groups);
  const heapSource = new Int32Array(groups);
  let size = 0;
  /** sifts group g with next row key (s, o) down from slot i */
  const down = (i: number, g: number, s: number, o: number): void => {
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      const d = c + 1;
      if (
        d < size &&
        (heapStart[d]! < heapStart[c]! || (heapStart[d] === heapStart[c] && heapSource[d]! < heapSource[c]!))
      )
        c = d;
      const cs = heapStart[c]!;
      if (cs > s || (cs === s && heapSource[c]! > o)) break;
      heap[i] = heap[c]!;
      heapStart[i] = cs;
      heapSource[i] = heapSource[c]!;
      i = c;
    }
    heap[i] = g;
    heapStart[i] = s;
    heapSource[i] = o;
  };
  for (let g = 0; g < groups; g++) if (from[g]! < from[g + 1]!) heap[size++] = g;
  for (let i = size - 1; i >= 0; i--) {
    const g = heap[i]!;
    down(i, g, start[next[g]!]!, source[next[g]!]!);
  }
  return {
    fill(buf: Int32Array): number {
      let k = 0;
      while (k < buf.length && size > 0) {
        const g = heap[0]!;
        const row = next[g]!++;
        buf[k++] = row;
        if (row + 1 < from[g + 1]!) down(0, g, start[row + 1]!, source[row + 1]!);
        else if (--size > 0) down(0, heap[size]!, heapStart[size]!, heapSource[size]!);
      }
      return k;
    },
  };
}
