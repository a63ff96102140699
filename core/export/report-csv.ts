import type { PeriodFigures, ReportModel } from '../model/report-model';
import { csvLine } from './csv-cell';

/** SPEC 7's per-row fields, in SPEC order; impact columns follow as impact:<name>. */
const FIELDS = [
  'periodMinutes',
  'eligibleMinutes',
  'downtimeMinutes',
  'availability',
  'target',
  'met',
  'budgetMinutes',
  'budgetRemainingMinutes',
  'budgetConsumed',
  'creditPercent',
  'episodes',
  'mttrMinutes',
  'longestEpisodeMinutes',
  'userMinutesLost',
  'userAvailability',
] as const;

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
      ...model.months.map((m) => line(m, m.month ?? '')),
      ...model.summary.map((s) => line(s, 'all')),
    ].join('\r\n') + '\r\n'
  );
}
