import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { OutageListRow } from '../compute/outage-list';
import { csvNumber } from '../format/csv-numbers';
import { csvLine } from './csv-cell';

const HEADER = ['service', 'start', 'end', 'minutes', 'severity', 'records', 'ids', 'titles', 'lines'];

/** An instant in the report zone with its offset, so a spreadsheet reader sees local time and can still sort. */
const zoned = (ms: number, zone: string): string => format(new TZDate(ms, zone), "yyyy-MM-dd'T'HH:mm:ssXXX");

/**
 * The outage list as CSV (`sla report --format episodes-csv`, the app's Export > Outage list): one row per
 * episode, the records behind it joined with "; " (an id, title or line the log lacks is left out). Cells
 * go through csvCell, so a title from the log cannot become a spreadsheet formula.
 */
export function outageListCsv(rows: readonly OutageListRow[], zone: string): string {
  const lines = rows.map((r) =>
    csvLine([
      r.service,
      zoned(r.start, zone),
      zoned(r.end, zone),
      csvNumber(r.minutes, 'minutes'),
      r.severity,
      r.records,
      joined(r.recordRefs.map((x) => x.id)),
      joined(r.recordRefs.map((x) => x.title)),
      joined(r.recordRefs.map((x) => (x.line > 0 ? String(x.line) : null))),
    ]),
  );
  return [csvLine(HEADER), ...lines].join('\r\n') + '\r\n';
}

const joined = (values: readonly (string | null)[]): string =>
  values.filter((v): v is string => v !== null && v !== '').join('; ');
