import type { PeriodFigures, ReportModel } from '../model/report-model';
import { csvLine } from './csv-cell';
import { JSON_ROW_FIELDS } from './month-json';
import { reportRows } from '../report/month-table';

/** SPEC 7's per-row number fields in SPEC order; service and month lead, impact columns follow as impact:<name>. */
const FIELDS = JSON_ROW_FIELDS.filter(
  (f): f is Exclude<(typeof JSON_ROW_FIELDS)[number], 'service' | 'month' | 'impact' | 'sampleAvailability'> =>
    f !== 'service' && f !== 'month' && f !== 'impact' && f !== 'sampleAvailability',
);

/**
 * The monthly table as CSV: one row per service and month, then one per service over the whole range
 * (month "all"). Full precision, fractions not percentages, as in the JSON.
 */
export function reportCsv(model: ReportModel): string {
  const rateNames = model.settings.rates.map((r) => r.name);
  const header = ['service', 'month', ...FIELDS, ...rateNames.map((n) => `impact:${n}`), 'sampleAvailability'];
  const line = (f: PeriodFigures, month: string) =>
    csvLine([
      f.service,
      month,
      ...FIELDS.map((k) => f[k]),
      ...rateNames.map((n) => f.impact[n] ?? null),
      f.sampleAvailability,
    ]);
  return (
    [
      csvLine(header),
      ...reportRows(model).map((r) => line(r.figures, r.kind === 'range' ? 'all' : (r.period ?? ''))),
    ].join('\r\n') + '\r\n'
  );
}
