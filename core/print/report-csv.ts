import type { PeriodFigures, ReportModel } from '../model/report-model';
import { csvLine } from './csv-cell';
import { JSON_ROW_FIELDS } from './month-json';
import { reportRows } from '../report/month-table';
import { csvNumber, type CsvNumberKind } from '../format/csv-numbers';

/** SPEC 7's per-row number fields in SPEC order; service and month lead, impact columns follow as impact:<name>. */
const FIELDS = JSON_ROW_FIELDS.filter(
  (f): f is Exclude<(typeof JSON_ROW_FIELDS)[number], 'service' | 'month' | 'impact' | 'sampleAvailability'> =>
    f !== 'service' && f !== 'month' && f !== 'impact' && f !== 'sampleAvailability',
);

/** Each number field's rounding kind (core/format/csv-numbers); counts are whole already. */
const FIELD_KIND: Record<(typeof FIELDS)[number], CsvNumberKind | null> = {
  periodMinutes: 'minutes',
  eligibleMinutes: 'minutes',
  downtimeMinutes: 'minutes',
  availability: 'fraction',
  target: 'fraction',
  met: null,
  budgetMinutes: 'minutes',
  budgetRemainingMinutes: 'minutes',
  budgetConsumed: 'fraction',
  creditPercent: 'percent',
  episodes: null,
  mttrMinutes: 'minutes',
  longestEpisodeMinutes: 'minutes',
  noDataMinutes: 'minutes',
  userMinutesLost: 'amount',
  userAvailability: 'fraction',
};

const rounded = (value: number | boolean | null, kind: CsvNumberKind | null) =>
  typeof value === 'number' && kind !== null ? csvNumber(value, kind) : value;

/**
 * The monthly table as CSV: one row per service and month, then one per service over the whole range
 * (month "all"). Fractions, not percentages, as in the JSON, but rounded for reading (CSV_DIGITS); the JSON keeps
 * full precision.
 */
export function reportCsv(model: ReportModel): string {
  const rateNames = model.settings.rates.map((r) => r.name);
  const header = ['service', 'month', ...FIELDS, ...rateNames.map((n) => `impact:${n}`), 'sampleAvailability'];
  const line = (f: PeriodFigures, month: string) =>
    csvLine([
      f.service,
      month,
      ...FIELDS.map((k) => rounded(f[k], FIELD_KIND[k])),
      ...rateNames.map((n) => rounded(f.impact[n] ?? null, 'amount')),
      rounded(f.sampleAvailability, 'fraction'),
    ]);
  return (
    [
      csvLine(header),
      ...reportRows(model).map((r) => line(r.figures, r.kind === 'range' ? 'all' : (r.period ?? ''))),
    ].join('\r\n') + '\r\n'
  );
}
