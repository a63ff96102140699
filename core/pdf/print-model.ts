import type { IncidentRow, ReportModel } from '../model/report-model';

/**
 * The most incidents the engine keeps for a PDF without the full register: the print model picks the register's
 * rows and each service's top incidents from these (the CSV/JSON exports carry every row).
 */
export const PRINT_INCIDENT_LIMIT = 1000;

/** The most incidents a full register (settings.report.fullRegister, `--full-register`) lists. */
export const FULL_REGISTER_LIMIT = 100_000;

/** Rows of the default register appendix: the most impactful incidents, the rest counted as left out. */
export const REGISTER_ROWS = 25;

/** Incidents on each service's page: that service's own, largest user impact first. */
export const SERVICE_TOP_INCIDENTS = 5;

/** A ReportModel as the print view receives it: the incident list cut to what it prints, with the true counts. */
export interface PrintModel extends ReportModel {
  /** incidents in the report before the cut; absent: `incidents` is complete */
  incidentsTotal?: number;
  /** incidents in the report per service before the cut (`*`: platform-wide records); absent: count `incidents` */
  incidentsByService?: Record<string, number>;
  /** the cover's logo as a data: URL (core/pdf/cover-logo.ts); absent: no logo */
  logo?: string;
}

/**
 * Minutes of full outage an incident is worth (duration × f(r)): user-minutes without the user base, so incidents
 * still rank by impact when no user base is set (every user-minute figure is then null).
 */
export const weightedMinutes = (i: IncidentRow): number => i.durationMinutes * i.affectedShare;

/** Incidents by user impact, largest first; ties go to the earlier start, then log order, so the order is stable. */
export function incidentsByImpact(incidents: readonly IncidentRow[]): IncidentRow[] {
  return [...incidents].sort(
    (a, b) =>
      (b.userMinutes ?? 0) - (a.userMinutes ?? 0) ||
      weightedMinutes(b) - weightedMinutes(a) ||
      a.start - b.start ||
      a.index - b.index,
  );
}

/** The key of an incident's service in `incidentsByService`: a platform-wide record counts under `*`. */
export const incidentServiceKey = (i: IncidentRow): string => i.service ?? '*';

/** How many incidents each service has, platform-wide records under `*`. */
export function countByService(incidents: readonly IncidentRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const i of incidents) {
    const key = incidentServiceKey(i);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The most impactful `perService` incidents of each service, largest first. */
export function topIncidentsOf(incidents: readonly IncidentRow[], service: string, perService: number): IncidentRow[] {
  return incidentsByImpact(incidents.filter((i) => incidentServiceKey(i) === service)).slice(0, perService);
}

/**
 * What the drivers hand to the print view: the incidents it prints and no more. A million-record log yields a
 * million incident rows; copying them into the page would cost seconds and hundreds of megabytes, and printing
 * them would make a phone book nobody asked for. By default that is the register's REGISTER_ROWS most impactful
 * incidents and each service's SERVICE_TOP_INCIDENTS; with the full register, up to FULL_REGISTER_LIMIT.
 */
export function toPrintModel(full: ReportModel, logo?: string): PrintModel {
  return logo === undefined ? printedIncidents(full) : { ...printedIncidents(full), logo };
}

function printedIncidents(full: ReportModel): PrintModel {
  // a rolling series has a point per day of the range (a year of 1,000 services: 365,000); the page prints each
  // series' worst window, so that day alone crosses into the page
  const model = {
    ...full,
    rolling: full.rolling.map((r) => ({ ...r, days: r.days.filter((d) => d.end === r.worst?.end) })),
  };
  const total = model.incidents.length;
  const counts = countByService(model.incidents);
  const ranked = incidentsByImpact(model.incidents);
  if (model.settings.report.fullRegister === true) {
    return {
      ...model,
      incidents: ranked.slice(0, FULL_REGISTER_LIMIT),
      incidentsTotal: total,
      incidentsByService: counts,
    };
  }
  const kept = new Set(ranked.slice(0, REGISTER_ROWS));
  const taken: Record<string, number> = {};
  for (const i of ranked) {
    const key = incidentServiceKey(i);
    if ((taken[key] ?? 0) >= SERVICE_TOP_INCIDENTS) continue;
    taken[key] = (taken[key] ?? 0) + 1;
    kept.add(i);
  }
  return {
    ...model,
    incidents: ranked.filter((i) => kept.has(i)),
    incidentsTotal: total,
    incidentsByService: counts,
  };
}
