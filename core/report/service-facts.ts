import { byService } from '../model/by-service';
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

/**
 * Each row list grouped by service once per list, kept while the model lives: every face asks for every
 * service's facts, and a filter per service was quadratic (200,000 services, issue 19).
 */
const grouped = new WeakMap<readonly PeriodFigures[], Map<string | null, PeriodFigures[]>>();
function rowsOf<R extends PeriodFigures>(rows: readonly R[], service: string): R[] {
  let index = grouped.get(rows);
  if (!index) grouped.set(rows, (index = byService(rows)));
  return (index.get(service) ?? []) as R[];
}

export function serviceFacts(model: ReportModel, service: string): ServiceFacts {
  return factsOf(
    service,
    rowsOf(model.months, service),
    rowsOf(model.years, service),
    rowsOf(model.summary, service)[0] ?? null,
  );
}

/** The facts of one service from its own rows: what serviceFacts finds in a model, or a streamed service's rows. */
export function factsOf(
  service: string,
  months: PeriodFigures[],
  years: LongPeriodFigures[],
  summary: LongPeriodFigures | null,
): ServiceFacts {
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
    years,
    summary,
    monthsMet,
    monthsMissed,
    monthsJudged: monthsMet + monthsMissed,
    worst,
    creditMonths,
    creditPercentSum,
    burn: budgetBurn(months),
  };
}
