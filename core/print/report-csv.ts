import { SEVERITIES } from '../model/records';
import type { PeriodFigures, ReportModel } from '../model/report-model';
import { csvLine } from './csv-cell';
import { JSON_ROW_FIELDS } from './month-json';
import { csvNumber, type CsvNumberKind } from '../format/csv-numbers';

type Field = (typeof JSON_ROW_FIELDS)[number];
type Cell = Parameters<typeof csvLine>[0][number];
/** Fields written as one column each, in SPEC order; the others are placed by hand below. */
type PlainField = Exclude<Field, 'service' | 'month' | 'counts' | 'impact' | 'sampleAvailability' | 'period'>;
const PLAIN = JSON_ROW_FIELDS.filter(
  (f): f is PlainField =>
    !(['service', 'month', 'counts', 'impact', 'sampleAvailability', 'period'] as Field[]).includes(f),
);
const BEFORE_COUNTS = PLAIN.slice(0, PLAIN.indexOf('noDataMinutes') + 1);
const AFTER_COUNTS = PLAIN.slice(PLAIN.indexOf('noDataMinutes') + 1);

/** Each number field's rounding kind (core/format/csv-numbers); met is a boolean, episodes a whole count. */
const FIELD_KIND: Record<PlainField, CsvNumberKind | null> = {
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
  creditAmount: 'amount',
  episodes: null,
  mttrMinutes: 'minutes',
  longestEpisodeMinutes: 'minutes',
  mtbfMinutes: 'minutes',
  noDataMinutes: 'minutes',
  userMinutesLost: 'amount',
  userAvailability: 'fraction',
};

const rounded = (value: number | boolean | null, kind: CsvNumberKind | null): Cell =>
  typeof value === 'number' && kind !== null ? csvNumber(value, kind) : value;

/**
 * The report as CSV: one row per service and SLA period (settings.period; "month" is the period's first
 * month), then one per service over the whole range (month "all"). SPEC 7's fields in its order: counts as
 * counts:<severity>, impact as impact:<name>, and the fees' currency beside creditAmount. Fractions, not
 * percentages, as in the JSON, but rounded for reading per field (CSV_DIGITS); the JSON keeps full precision.
 */
export function reportCsv(model: ReportModel): string {
  const rateNames = model.settings.rates.map((r) => r.name);
  const currency = model.settings.currency;
  const header = [
    'service',
    'month',
    ...BEFORE_COUNTS.flatMap((f) => (f === 'creditAmount' ? [f, 'currency'] : [f])),
    ...SEVERITIES.map((s) => `counts:${s}`),
    ...AFTER_COUNTS,
    ...rateNames.map((n) => `impact:${n}`),
    'sampleAvailability',
    'period',
  ];
  const line = (f: PeriodFigures, month: string, period: string) =>
    csvLine([
      f.service,
      month,
      ...BEFORE_COUNTS.flatMap((k): Cell[] =>
        k === 'creditAmount'
          ? [rounded(f[k], 'amount'), f[k] === null ? null : currency]
          : [rounded(f[k], FIELD_KIND[k])],
      ),
      ...SEVERITIES.map((s) => f.counts[s]),
      ...AFTER_COUNTS.map((k) => rounded(f[k], FIELD_KIND[k])),
      ...rateNames.map((n) => rounded(f.impact[n] ?? null, 'amount')),
      rounded(f.sampleAvailability, 'fraction'),
      period,
    ]);
  const { period } = model.settings;
  const rows =
    period === 'month'
      ? model.months.map((m) => line(m, m.month ?? '', m.period))
      : (period === 'quarter' ? model.quarters : model.years).map((p) => line(p, p.fromMonth, p.period));
  return [csvLine(header), ...rows, ...model.summary.map((s) => line(s, 'all', 'all'))].join('\r\n') + '\r\n';
}
