/**
 * A target change without the records: budgets, credits, credit amounts and met/missed re-derived from the
 * figures a ReportModel already holds. The renderer calls it on every target edit instead of asking the log's
 * engine, so the numbers follow a slider at once (issue 14); the result equals a full build under the new
 * settings.
 */
import type { LongPeriodFigures, PeriodFigures, PreviousPeriod, ReportModel } from '../model/report-model';
import type { Settings } from '../model/settings';
import { targetFigures } from '../compute/period-figures';
import { sumLongerAmounts } from '../compute/credit-amounts';
import { creditCommitments } from '../compute/report-diagnostics';
import { parseMonthKey } from '../time/month-key';
import { monthOfInstant } from '../time/zoned-months';
import { ninesTable } from './nines-table';
import { byService } from '../model/by-service';
import { withCommitmentNotes, withoutCommitmentNotes } from './commitment-notes';

/**
 * Settings that change no minute of any row: targets, credit tiers and fees decide only the target figures and
 * the commitments' notes, the month convention only the allowed-downtime table, and the paper and language only
 * how the model is shown.
 */
const RETARGETABLE = [
  'targets',
  'credits',
  'creditsByService',
  'fees',
  'currency',
  'monthConvention',
  'report',
] as const satisfies readonly (keyof Settings)[];

function withoutRetargetable(settings: Settings): string {
  const rest: Partial<Settings> = { ...settings };
  // rolling windows' budgets and burn-rate alerts follow the target from minutes the model does not keep
  const replays = settings.rolling.length > 0 || settings.burnRules.length > 0;
  for (const key of RETARGETABLE) if (!(replays && key === 'targets')) delete rest[key];
  return JSON.stringify(rest);
}

/** True when a model built under `from` can be turned into the model of `to` by retarget(), with no engine. */
export function isRetargetable(from: Settings, to: Settings): boolean {
  return from === to || withoutRetargetable(from) === withoutRetargetable(to);
}

/** Calendar months a row covers: its fee is paid for each. */
function monthsOf(r: PeriodFigures): number {
  if (r.month !== null) return 1;
  const p = r as LongPeriodFigures;
  return parseMonthKey(p.toMonth) - parseMonthKey(p.fromMonth) + 1;
}

type Rows = Pick<PreviousPeriod, 'months' | 'quarters' | 'years' | 'summary'>;

/** Each service's longer rows' credit amounts, summed again from its SLA periods' (sumLongerAmounts). */
function sumAmountsByService(services: readonly string[], settings: Settings, rows: Rows): void {
  // grouped once: a log of many services must not scan every row per service
  const [byMonth, byQuarter, byYear, byAll] = [
    byService(rows.months),
    byService(rows.quarters),
    byService(rows.years),
    byService(rows.summary),
  ];
  for (const service of services) {
    sumLongerAmounts(settings.period, {
      months: byMonth.get(service) ?? [],
      quarters: byQuarter.get(service) ?? [],
      years: byYear.get(service) ?? [],
      all: byAll.get(service)?.[0],
    });
  }
}

/** The previous period's rows under the new targets, credits and fees, as the range's. */
function retargetPrevious(
  p: PreviousPeriod,
  services: readonly string[],
  settings: Settings,
  row: <R extends PeriodFigures>(r: R) => R,
): PreviousPeriod {
  const rows = {
    months: p.months.map(row),
    quarters: p.quarters.map(row),
    years: p.years.map(row),
    summary: p.summary.map(row),
  };
  sumAmountsByService(services, settings, rows);
  return { ...p, ...rows, period: settings.period };
}

/**
 * The model of `settings` from a model built under settings that differ only in what isRetargetable allows.
 * Pure: the input model is not changed; rows are new objects with their fields in the same order.
 */
export function retarget(model: ReportModel, settings: Settings): ReportModel {
  const row = <R extends PeriodFigures>(r: R): R => Object.assign({ ...r }, targetFigures(r, settings, monthsOf(r)));
  const months = model.months.map(row);
  const quarters = model.quarters.map(row);
  const years = model.years.map(row);
  const summary = model.summary.map(row);
  sumAmountsByService(model.services, settings, { months, quarters, years, summary });
  const previous = model.previous && retargetPrevious(model.previous, model.services, settings, row);
  const last = model.monthKeys[model.monthKeys.length - 1];
  // the engine measures the table in the range's last month, or in the month the report was made when the
  // log gave no range
  const reference =
    last === undefined ? monthOfInstant(model.generatedAt, settings.reportTimeZone) : parseMonthKey(last);
  return withCommitmentNotes({
    ...model,
    ...withoutCommitmentNotes(model),
    settings,
    months,
    quarters,
    years,
    summary,
    previous,
    creditCommitments: creditCommitments(settings, model.services),
    nines: ninesTable(model.services, settings, reference),
  });
}
