/**
 * A target change without the records: budgets, credits and met/missed re-derived from the figures a
 * ReportModel already holds. The renderer calls it on every target edit instead of asking the log's engine,
 * so the numbers follow a slider at once (issue 14); the result equals a full build under the new settings.
 */
import type { PeriodFigures, ReportModel } from '../model/report-model';
import type { Settings } from '../model/settings';
import { targetFigures } from '../compute/period-figures';
import { parseMonthKey } from '../time/month-key';
import { monthOfInstant } from '../time/zoned-months';
import { ninesTable } from './nines-table';

/**
 * Settings that change no minute of any row: targets and credit tiers decide only the target figures, the
 * month convention only the allowed-downtime table, and the paper and language only how the model is shown.
 */
const RETARGETABLE = ['targets', 'credits', 'monthConvention', 'report'] as const satisfies readonly (keyof Settings)[];

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

/**
 * The model of `settings` from a model built under settings that differ only in what isRetargetable allows.
 * Pure: the input model is not changed; rows are new objects with their fields in the same order.
 */
export function retarget(model: ReportModel, settings: Settings): ReportModel {
  const row = <R extends PeriodFigures>(r: R): R => Object.assign({ ...r }, targetFigures(r, settings));
  const last = model.monthKeys[model.monthKeys.length - 1];
  // the engine measures the table in the range's last month, or in the month the report was made when the
  // log gave no range
  const reference =
    last === undefined ? monthOfInstant(model.generatedAt, settings.reportTimeZone) : parseMonthKey(last);
  return {
    ...model,
    settings,
    months: model.months.map(row),
    quarters: model.quarters.map(row),
    years: model.years.map(row),
    summary: model.summary.map(row),
    nines: ninesTable(model.services, settings, reference),
  };
}
