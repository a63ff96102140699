import type { IncidentRow } from '../model/report-model';
import type { Settings } from '../model/settings';
import { incidentRows } from '../compute/incidents';
import { orderByKey } from '../compute/sort-order';
import { PLATFORM } from '../compute/service-rows';
import { LayerCache } from './layer-cache';
import type { RangeFrame } from './range-frame';
import type { ReportEngineOptions, ReportInput } from './report-input';
import { serviceCodeOf } from '../model/service-codes';

/** What the incident list depends on: user bases, f(r), the minimum outage and the services shown. */
const incidentDeps = (s: Settings, shown: readonly string[]): unknown[] => [
  s.users,
  s.usersByService,
  s.weights,
  s.regionShares,
  s.minOutageMinutes,
  shown,
];

/** The incident list of a report: built once per incidentDeps, cut to a user-given range once per frame. */
export function incidentLayers(input: ReportInput, options: ReportEngineOptions) {
  const table = input.records;
  let order: Int32Array | null = null;
  // stored instants: their order is the instants' order
  const startOrder = (): Int32Array => (order ??= orderByKey(table.instants.start));

  const lists = new LayerCache<IncidentRow[]>();
  const listOf = (settings: Settings, shown: readonly string[]): IncidentRow[] =>
    lists.value(incidentDeps(settings, shown), () => {
      // none kept (the CLI's text formats): no start order of the whole log, whose sort scratch would be the
      // report's peak
      if (options.maxIncidents === 0) return [];
      const all = shown.includes(PLATFORM);
      const codes = new Set(shown.map((s) => serviceCodeOf(table.services, s)).filter((c) => c >= 0));
      const some = shown.length > 0;
      const picked = all
        ? startOrder()
        : startOrder().filter((r) => {
            const c = table.service[r]!;
            return codes.has(c) || (c < 0 && some);
          });
      return incidentRows(table, picked, settings, options.maxIncidents);
    });

  // the list cut to a user-given range, kept while neither the list nor the frame changes
  const ranged = new LayerCache<IncidentRow[]>();
  return (settings: Settings, shown: readonly string[], f: RangeFrame | null): IncidentRow[] => {
    const list = listOf(settings, shown);
    if (settings.range.from === null && settings.range.to === null) return list;
    return ranged.value([...incidentDeps(settings, shown), f], () => incidentsInRange(list, f));
  };
}

/**
 * With a user-given range, the incident list keeps the records that touch it (a zero-length record counts
 * when it sits inside). A range from the data holds every record: the caller reuses the list as is.
 */
function incidentsInRange(list: IncidentRow[], f: RangeFrame | null): IncidentRow[] {
  if (!f) return [];
  const a = f.boundaries[0]!;
  const b = f.boundaries[f.boundaries.length - 1]!;
  return list.filter((r) => (r.end > a && r.start < b) || (r.start === r.end && r.start >= a && r.start < b));
}
