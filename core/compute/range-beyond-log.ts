import type { Diagnostic } from '../model/import-result';
import { monthKey } from '../time/month-key';
import type { MonthRange } from '../time/report-range';
import { monthOfInstant } from '../time/zoned-months';

/**
 * An interval log's months outside the months it has records in (a user-given or preset range) count as up
 * (docs/spec.md 4: no data is 0 in an interval log): the report says so, as a reader of "100 %" for a year the
 * log never mentions would take it as measured. Sample logs need no note: their unobserved time is no data.
 */
export function rangeBeyondLogNote(
  range: MonthRange,
  extent: { earliestStart: number; latestEnd: number } | null,
  zone: string,
): Diagnostic | null {
  if (extent === null) return null;
  const first = monthOfInstant(extent.earliestStart, zone);
  // an end exactly on a month boundary belongs to the month before (docs/spec.md 4's report range)
  const last = monthOfInstant(extent.latestEnd - 1, zone);
  const before = Math.max(0, Math.min(range.to + 1, first) - range.from);
  const after = Math.max(0, range.to - Math.max(range.from - 1, last));
  if (before === 0 && after === 0) return null;
  const outside = before + after;
  const span = `${monthKey(first)} to ${monthKey(last)}`;
  return {
    line: 0,
    message:
      `${outside} ${outside === 1 ? 'month' : 'months'} of the report range lie outside the months the log has ` +
      `records in (${span}): an incident log cannot tell unrecorded time from time that was up, so ` +
      `${outside === 1 ? 'it counts' : 'they count'} as up (docs/spec.md 4); choose a range within the log, or ` +
      `set a service start`,
  };
}
