import type { IncidentRow, LongPeriodFigures, PeriodFigures, ReportModel } from '@core/model/report-model';
import { incidentsByImpact, type PrintModel } from '@core/pdf/print-model';

/** What the report says about one service, gathered from the model's rows (no figure is recomputed here). */
export interface ServiceFacts {
  service: string;
  months: PeriodFigures[];
  years: LongPeriodFigures[];
  /** the whole range; null only for a model without a summary row for the service */
  summary: LongPeriodFigures | null;
  monthsMet: number;
  monthsMissed: number;
  /** months whose availability is defined */
  monthsJudged: number;
  creditMonths: number;
  /** sum of the monthly credit percentages */
  creditPercentSum: number;
}

export function serviceFacts(model: ReportModel, service: string): ServiceFacts {
  const months = model.months.filter((m) => m.service === service);
  let monthsMet = 0;
  let monthsMissed = 0;
  let creditMonths = 0;
  let creditPercentSum = 0;
  for (const m of months) {
    if (m.met === true) monthsMet++;
    else if (m.met === false) monthsMissed++;
    if (m.creditPercent > 0) {
      creditMonths++;
      creditPercentSum += m.creditPercent;
    }
  }
  return {
    service,
    months,
    years: model.years.filter((y) => y.service === service),
    summary: model.summary.find((s) => s.service === service) ?? null,
    monthsMet,
    monthsMissed,
    monthsJudged: monthsMet + monthsMissed,
    creditMonths,
    creditPercentSum,
  };
}

/**
 * Error budget of the whole range left after each month: the range's budget is the sum of the monthly budgets
 * (SPEC 5: longer periods sum their months), spent by each month's downtime in turn.
 */
export function budgetBurnDown(months: readonly PeriodFigures[]): { totalBudget: number; remaining: number[] } {
  const totalBudget = months.reduce((s, m) => s + m.budgetMinutes, 0);
  let left = totalBudget;
  const remaining = [totalBudget];
  for (const m of months) {
    left -= m.downtimeMinutes;
    remaining.push(left);
  }
  return { totalBudget, remaining };
}

/** The register: at most `cap` incidents, the most impactful when there are more, listed by start. */
export function incidentRegister(incidents: readonly IncidentRow[], cap: number): IncidentRow[] {
  const kept = incidents.length > cap ? incidentsByImpact(incidents).slice(0, cap) : [...incidents];
  return kept.sort((a, b) => a.start - b.start || a.index - b.index);
}

/** How many incidents the report covers, including any the print model left out. */
export function incidentsTotal(model: PrintModel): number {
  return model.incidentsTotal ?? model.incidents.length;
}

/**
 * The services that get a section of their own. With a single service the platform row `*` usually repeats it
 * figure for figure; its section is then left out (the executive summary still lists both).
 */
export function servicesWithSections(model: ReportModel): string[] {
  const named = model.services.filter((s) => s !== '*');
  if (named.length !== 1 || !model.services.includes('*')) return model.services;
  const rows = (service: string) =>
    model.months
      .filter((m) => m.service === service)
      .map((m) => [m.month, m.eligibleMinutes, m.downtimeMinutes, m.target, m.userMinutesLost, m.creditPercent]);
  return JSON.stringify(rows('*')) === JSON.stringify(rows(named[0]!)) ? named : model.services;
}
