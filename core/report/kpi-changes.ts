/**
 * The previous-period comparison of issue 16: each headline figure of a service's summary beside the same
 * figure over the period of equal length before the range (ReportModel.previous), and the change. The JSON, the
 * dashboard's KPI cards and the PDF's page one read it from here, so they cannot disagree.
 */
import type { PeriodFigures, PreviousPeriod, ReportModel } from '../model/report-model';
import { rangeDays } from '../time/period-presets';
import { daysInMonth } from '../time/civil-time';

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

/** How long the previous period is, for its name: "previous quarter", "previous 10 days". */
export interface PreviousSpan {
  unit: 'month' | 'quarter' | 'year' | 'months' | 'days';
  count: number;
}

/** The previous period's length as people name it: a calendar month, quarter or year, else months or days. */
export function previousSpan(p: Pick<PreviousPeriod, 'from' | 'to'>): PreviousSpan {
  const { first, last } = rangeDays(p);
  if (first.day === 1 && last.day === daysInMonth(last.year, last.month)) {
    const n = (last.year - first.year) * 12 + last.month - first.month + 1;
    if (n === 1) return { unit: 'month', count: 1 };
    if (n === 3 && first.month % 3 === 1) return { unit: 'quarter', count: 1 };
    if (n === 12 && first.month === 1) return { unit: 'year', count: 1 };
    return { unit: 'months', count: n };
  }
  return { unit: 'days', count: Math.round((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000) + 1 };
}

/** Figures where more is better; for the rest (downtime, outages, MTTR, user impact, credits) less is. */
const HIGHER_IS_BETTER: ReadonlySet<ComparedKpi> = new Set(['availability', 'mtbfMinutes']);

/** Whether a change is an improvement; null when there is no change or nothing to compare. */
export function changeIsBetter(kpi: ComparedKpi, c: KpiChange): boolean | null {
  if (c.change === null || c.change === 0) return null;
  return c.change > 0 === HIGHER_IS_BETTER.has(kpi);
}

/** A service's comparison with the previous period, as the dashboard and the PDF show it; null without one. */
export interface ServiceComparison {
  span: PreviousSpan;
  changes: KpiChanges;
}

export function serviceComparison(
  model: Pick<ReportModel, 'previous' | 'summary'>,
  service: string,
): ServiceComparison | null {
  const current = model.summary.find((r) => r.service === service);
  if (!model.previous || !current) return null;
  return { span: previousSpan(model.previous), changes: kpiChanges(current, previousSummary(model, service)) };
}
