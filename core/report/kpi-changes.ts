/**
 * The previous-period comparison of issue 16: each headline figure of a service's summary beside the same
 * figure over the period of equal length before the range (ReportModel.previous), and the change. The JSON, the
 * dashboard's KPI cards and the PDF's page one read it from here, so they cannot disagree.
 */
import type { PeriodFigures, ReportModel } from '../model/report-model';

/** The figures compared, named as the row fields they read. */
export const COMPARED_KPIS = [
  'availability',
  'downtimeMinutes',
  'episodes',
  'mttrMinutes',
  'mtbfMinutes',
  'userMinutesLost',
  'creditPercent',
  'creditAmount',
] as const satisfies readonly (keyof PeriodFigures)[];
export type ComparedKpi = (typeof COMPARED_KPIS)[number];

export interface KpiChange {
  /** null: the previous period is no data (the log does not reach it), or the figure is null there */
  previous: number | null;
  /** current − previous, in the figure's unit (availability: a fraction, 0.0012 is 0.12 pp); null with either null */
  change: number | null;
}

export type KpiChanges = Record<ComparedKpi, KpiChange>;

/** The previous period's summary row of a service; null when the log does not cover that period. */
export function previousSummary(model: Pick<ReportModel, 'previous'>, service: string): PeriodFigures | null {
  return model.previous?.summary.find((r) => r.service === service) ?? null;
}

/** Each compared figure of `current` against `previous` (null: no data, never read as 0). */
export function kpiChanges(current: PeriodFigures, previous: PeriodFigures | null): KpiChanges {
  const out = {} as KpiChanges;
  for (const kpi of COMPARED_KPIS) {
    const now = current[kpi];
    const before = previous === null ? null : previous[kpi];
    out[kpi] = { previous: before, change: now === null || before === null ? null : now - before };
  }
  return out;
}
