import type { LongPeriodFigures, PeriodFigures, ReportModel } from '@core/model/report-model';

/** The figures the dashboard shows for one service: its whole-range row and its month rows. */
export interface ServiceFigures {
  summary: LongPeriodFigures | null;
  months: PeriodFigures[];
  monthsMet: number;
  monthsMissed: number;
  /** months with an availability (eligible time > 0) */
  monthsRated: number;
  /** the month with the lowest availability that had downtime; null when no month had any */
  worst: PeriodFigures | null;
  creditMonths: PeriodFigures[];
}

export function serviceFigures(model: ReportModel, service: string): ServiceFigures {
  const months = model.months.filter((m) => m.service === service);
  let monthsMet = 0;
  let monthsMissed = 0;
  let worst: PeriodFigures | null = null;
  for (const m of months) {
    if (m.met === true) monthsMet++;
    else if (m.met === false) monthsMissed++;
    if (m.availability !== null && m.downtimeMinutes > 0 && (worst === null || m.availability < worst.availability!))
      worst = m;
  }
  return {
    summary: model.summary.find((s) => s.service === service) ?? null,
    months,
    monthsMet,
    monthsMissed,
    monthsRated: monthsMet + monthsMissed,
    worst,
    creditMonths: months.filter((m) => m.creditPercent > 0),
  };
}
