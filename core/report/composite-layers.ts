import type { Settings } from '../model/settings';
import { tableFromRecords } from '../model/record-table';
import { compositeTimelines, type CompositeSetup } from '../compute/composite-records';
import { indexSweep, type SweepIndex } from '../compute/period-minutes';
import { serviceRows } from '../compute/service-rows';
import { serviceMajorTable } from '../compute/records-by-service';
import { recordShares, sweepService } from '../compute/sweep';
import { recordIndex, statsOfGroups } from '../compute/record-index';
import { coveredRecordStats, recordsPerRun, type RecordStats } from '../compute/record-stats';
import { LayerCache } from './layer-cache';
import type { RangeFrame } from './range-frame';
import type { ReportInput } from './report-input';
import { sweepDeps } from './record-layers';
import { serviceCodeOf } from '../model/service-codes';

/** A composite's sweep and its record statistics, as a log service's. */
export interface CompositeSweep {
  sweep: SweepIndex;
  stats: (boundaries: Float64Array, covered: Float64Array | null) => RecordStats;
  recordsPerRun: () => Int32Array;
}

/**
 * What composites depend on: their components' sweeps (sweepDeps), service starts, the expressions, and the
 * frame (the window their records are derived over).
 */
export const compositeDeps = (s: Settings, f: RangeFrame): unknown[] => [
  ...sweepDeps(s),
  s.serviceStart,
  s.composites,
  f,
];

const NONE: CompositeSetup = { timelines: new Map(), diagnostics: [] };

/**
 * Composite services (issue 18 item 3): their records are derived from their components' before the sweep, so
 * every figure of theirs comes from the same engine; they depend on the range through the window.
 */
export function compositeLayers(input: ReportInput, servicesOf: (settings: Settings) => string[]) {
  const setups = new LayerCache<CompositeSetup>();
  const sweeps = new LayerCache<CompositeSweep>();
  const setupOf = (settings: Settings, f: RangeFrame | null): CompositeSetup => {
    if (!f || settings.composites.length === 0) return NONE;
    return setups.value(compositeDeps(settings, f), () => {
      const window = { from: f.boundaries[0]!, to: f.boundaries[f.boundaries.length - 1]! };
      return compositeTimelines(input.records, input.observed ?? null, servicesOf(settings), settings, window);
    });
  };
  const sweepOf = (name: string, settings: Settings, f: RangeFrame): CompositeSweep => {
    const kept = sweeps.at(compositeDeps(settings, f));
    let done = kept.get(name);
    if (!done) {
      const major = serviceMajorTable(tableFromRecords(setupOf(settings, f).timelines.get(name)!.records));
      const { weights } = settings;
      // a composite's records carry no share or region of their own: f(r) is their severity weight; the
      // minimum outage dropped its components' short records, not the composite's own intervals
      const shares = recordShares(major.table, weights, new Float64Array(0));
      const sweep = indexSweep(
        sweepService(major.table, serviceRows(major, name), { weights, shares, ignoreMaintenanceFrom: Infinity }),
        weights,
      );
      const rule = { minOutageMs: 0, weights };
      const code = serviceCodeOf(major.services, name);
      const groups = [0, ...(code >= 0 ? [code + 1] : [])].map((g) =>
        recordIndex(major.table, major.from[g]!, major.from[g + 1]!, rule),
      );
      done = {
        sweep,
        stats: (boundaries, covered) =>
          covered
            ? coveredRecordStats(major.table, serviceRows(major, name), boundaries, rule, covered)
            : statsOfGroups(groups, boundaries),
        recordsPerRun: () => recordsPerRun(major.table, serviceRows(major, name), rule, sweep.sweep.runStart),
      };
      kept.set(name, done);
    }
    return done;
  };
  return { setupOf, sweepOf };
}
