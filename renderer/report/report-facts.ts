import type { ReportModel } from '@core/model/report-model';
import { countByService, incidentsByImpact, REGISTER_ROWS, type PrintModel } from '@core/pdf/print-model';
import { servicePages, type ServicePages } from '@core/report/service-pages';

/**
 * The register's rows in start order: every incident the print model holds when the user asked for the full
 * register, else the REGISTER_ROWS most impactful (the print model also holds each service's top incidents).
 */
export function incidentRegister(model: PrintModel) {
  const kept =
    model.settings.report.fullRegister === true
      ? [...model.incidents]
      : incidentsByImpact(model.incidents).slice(0, REGISTER_ROWS);
  return kept.sort((a, b) => a.start - b.start || a.index - b.index);
}

/** How many incidents the report covers, including any the print model left out. */
export function incidentsTotal(model: PrintModel): number {
  return model.incidentsTotal ?? model.incidents.length;
}

/** How many incidents one service has (`*`: platform-wide records), including any the print model left out. */
export function incidentCount(model: PrintModel, service: string): number {
  return (model.incidentsByService ?? countByService(model.incidents))[service] ?? 0;
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

/** Which sections print as a page and which services are one line of the compact table (a long report). */
export function printedServices(model: ReportModel): ServicePages {
  return servicePages(model, servicesWithSections(model));
}

/**
 * Month rows the whole report may print in its services' month tables: about a dozen pages. Beyond it (GitHub's 13
 * services over 54 months would be 700 rows, 40 pages) each service keeps its page of charts and top incidents and
 * the months stay in the charts and the CSV/JSON exports (docs/report.md).
 */
export const MONTH_TABLE_ROW_BUDGET = 150;

/** Whether each service's section prints its month table: its sections' month rows fit the budget. */
export function printsMonthTables(model: ReportModel): boolean {
  return printedServices(model).paged.length * model.monthKeys.length <= MONTH_TABLE_ROW_BUDGET;
}
