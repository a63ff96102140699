import type { IncidentRow, ReportModel } from '@core/model/report-model';
import { incidentsByImpact, type PrintModel } from '@core/pdf/print-model';

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
