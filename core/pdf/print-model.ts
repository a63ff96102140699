import type { IncidentRow, ReportModel } from '../model/report-model';

/**
 * The most incidents the printed report lists (its register appendix); beyond this a register is a phone book,
 * and the CSV/JSON exports carry every row.
 */
export const PRINT_INCIDENT_LIMIT = 1000;

/** A ReportModel as the print view receives it: the incident list cut to what it can show, with the true count. */
export interface PrintModel extends ReportModel {
  /** incidents in the report before the cut; absent: `incidents` is complete */
  incidentsTotal?: number;
}

/** Incidents by user impact, largest first; ties go to the earlier start, then log order, so the order is stable. */
export function incidentsByImpact(incidents: readonly IncidentRow[]): IncidentRow[] {
  return [...incidents].sort(
    (a, b) => (b.userMinutes ?? 0) - (a.userMinutes ?? 0) || a.start - b.start || a.index - b.index,
  );
}

/**
 * What the drivers hand to the print view. A million-record log yields a million incident rows; copying them into
 * the page would cost seconds and hundreds of megabytes for rows the report never prints.
 */
export function toPrintModel(model: ReportModel): PrintModel {
  if (model.incidents.length <= PRINT_INCIDENT_LIMIT) return model;
  return {
    ...model,
    incidents: incidentsByImpact(model.incidents).slice(0, PRINT_INCIDENT_LIMIT),
    incidentsTotal: model.incidents.length,
  };
}
