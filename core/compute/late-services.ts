import type { Diagnostic } from '../model/import-result';
import type { RecordTable } from '../model/records';
import { startAt } from '../model/record-table';
import { MS_PER_DAY } from '../time/civil-time';
import { PLATFORM } from './service-rows';
import { serviceCodeOf } from '../model/service-codes';

/** SPEC 4: a service first seen more than this long after the range starts gets a note. */
export const LATE_SERVICE_DAYS = 90;

/** Each service code's first record start (Infinity: none): once per import, as no setting moves it. */
export function firstStarts(table: RecordTable): Float64Array {
  const first = new Float64Array(table.services.length).fill(Infinity);
  for (let i = 0; i < table.count; i++) {
    const c = table.service[i]!;
    if (c >= 0) first[c] = Math.min(first[c]!, startAt(table, i));
  }
  return first;
}

/**
 * SPEC 4's note for an interval log: a service whose first record comes more than 90 days after the report
 * range starts, and that has no service start, is counted as up before then (the log cannot tell a quiet
 * service from one that did not exist yet). `first`: firstStarts(table).
 */
export function lateServiceNotes(
  table: RecordTable,
  first: Float64Array,
  shown: readonly string[],
  serviceStart: Record<string, string>,
  rangeStart: number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const service of shown) {
    if (service === PLATFORM || Object.hasOwn(serviceStart, service)) continue;
    const c = serviceCodeOf(table.services, service);
    const t = c >= 0 ? first[c]! : Infinity;
    if (!Number.isFinite(t) || t - rangeStart <= LATE_SERVICE_DAYS * MS_PER_DAY) continue;
    const days = Math.floor((t - rangeStart) / MS_PER_DAY);
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({
      line: 0,
      message:
        `${service}: first record on ${day}, ${days} days after the report starts: counted as up before then ` +
        `(set its service start, e.g. --service-start "${service}=${day}", if it began later)`,
    });
  }
  return out;
}
