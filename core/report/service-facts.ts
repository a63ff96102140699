import type { LongPeriodFigures, PeriodFigures, ReportModel } from '../model/report-model';
import { budgetBurn, type BudgetBurn } from './budget-burn';

/**
 * What every face says about one service, gathered once from the model's rows: the dashboard's KPI cards and
 * charts, the PDF's KPI strip, summary table and section. No figure of SPEC 5 is recomputed here; these are counts
 * and picks over the rows the report engine made.
 */
export interface ServiceFacts {
  service: string;
  months: PeriodFigures[];
  years: LongPeriodFigures[];
  /** the whole range; null only for a model without a summary row for the service */
  summary: LongPeriodFigures | null;
  monthsMet: number;
  monthsMissed: number;
  /** months whose availability is defined (eligible time > 0): met + missed */
  monthsJudged: number;
  /** the month with the lowest availability that had downtime; null when no month had any */
  worst: PeriodFigures | null;
  /** months that earn a service credit, in month order */
  creditMonths: PeriodFigures[];
  /** sum of the monthly credit percentages */
  creditPercentSum: number;
  burn: BudgetBurn;
}

export function serviceFacts(model: ReportModel, service: string): ServiceFacts {
  const months = model.months.filter((m) => m.service === service);
  let monthsMet = 0;
  let monthsMissed = 0;
  let creditPercentSum = 0;
  let worst: PeriodFigures | null = null;
  const creditMonths: PeriodFigures[] = [];
  for (const m of months) {
    if (m.met === true) monthsMet++;
    else if (m.met === false) monthsMissed++;
    if (m.creditPercent > 0) {
      creditMonths.push(m);
      creditPercentSum += m.creditPercent;
    }
    // ties keep the earlier month: the first time the service fell that low
    if (m.availability !== null && m.downtimeMinutes > 0 && (worst === null || m.availability < worst.availability!))
      worst = m;
  }
  return {
    service,
    months,
    years: model.years.filter((y) => y.service === service),
    summary: model.summary.find((s) => s.service === service) ?? null,
    monthsMet,
    monthsMissed,
    monthsJudged: monthsMet + monthsMissed,
    worst,
    creditMonths,
    creditPercentSum,
    burn: budgetBurn(months),
  };
}
