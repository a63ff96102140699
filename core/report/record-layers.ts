import { UNATTRIBUTED_SERVICE, type Settings } from '../model/settings';
import type { SampleStream } from '../model/records';
import { byService } from '../model/by-service';
import { endAt, startAt } from '../model/record-table';
import { regionShareByCode } from '../compute/affected-share';
import { indexSweep, type SweepIndex } from '../compute/period-minutes';
import { samplePrefix, type SamplePrefix } from '../compute/sample-totals';
import { observedOf, serviceStartInstant, type Observed } from '../compute/observed-spans';
import { PLATFORM, platformRows, reportServices, serviceRows } from '../compute/service-rows';
import { serviceMajorTable, type ServiceMajorTable } from '../compute/records-by-service';
import { recordShares, sweepService, SweepScratch, type RowSource } from '../compute/sweep';
import { sweepPlatform } from '../compute/platform-sweep';
import {
  addIndexSums,
  addRowSums,
  emptySums,
  recordIndex,
  statsOfSums,
  type RecordIndex,
} from '../compute/record-index';
import { coveredRecordStats, recordsPerRun, type RecordRule, type RecordStats } from '../compute/record-stats';
import { firstStarts } from '../compute/late-services';
import { LayerCache } from './layer-cache';
import type { ReportEngineOptions, ReportInput } from './report-input';

/** What the sweeps depend on: f(r) (weights, region shares), the minimum outage, whose rows R_s holds. */
export const sweepDeps = (s: Settings): unknown[] => [s.weights, s.regionShares, s.minOutageMinutes, s.unattributed];

/** What makes a record count in the record statistics: the minimum outage and which severities weigh. */
const ruleDeps = (s: Settings): unknown[] => [s.minOutageMinutes, s.weights.partial > 0, s.weights.degraded > 0];

const ruleOf = (s: Settings): RecordRule => ({ minOutageMs: s.minOutageMinutes * 60_000, weights: s.weights });

/**
 * The layers of a report that read the records: each computed once per import and the settings slice it
 * declares, none of them on a change of zone, range, targets or users (the record statistics of a new frame
 * are binary searches in the record indexes). With `retainSweeps` off (a one-shot report) a service's sweep
 * is not kept past its use, so one at a time is in memory, and no record index is built.
 */
export function recordLayers(input: ReportInput, options: ReportEngineOptions) {
  const table = input.records;
  const retain = options.retainSweeps ?? true;
  const sweeper = options.platformSweeper;
  const services = reportServices(table, input.samples);
  const servicesOwn = reportServices(table, input.samples, true);
  const own = (settings: Settings): boolean => settings.unattributed === 'own';

  // the sweeps read the records grouped by service, in start order within each group; on shared memory
  // when another thread may sweep `*` from it
  let major: ServiceMajorTable | null = null;
  const majorTable = (): ServiceMajorTable =>
    (major ??= serviceMajorTable(table, sweeper !== undefined && table.count >= sweeper.minRecords));
  const codes = new Map(table.services.map((s, k) => [s, k]));
  const rowsOf = (service: string, settings: Settings): RowSource =>
    service === PLATFORM ? platformRows(majorTable()) : serviceRows(majorTable(), service, own(settings));

  const shares = new LayerCache<Float64Array>();
  /** the service-major table, and f(r) of each kind under the settings' weights and region shares */
  const sweepInput = (settings: Settings): { major: ServiceMajorTable; shares: Float64Array } => {
    const t = majorTable();
    const f = shares.value([settings.weights, settings.regionShares], () =>
      recordShares(t.table, settings.weights, regionShareByCode(table, settings.regionShares)),
    );
    return { major: t, shares: f };
  };

  // a sweep not kept is read before the next one starts: each borrows the same working memory
  const scratch = retain ? undefined : new SweepScratch();
  const sweeps = new LayerCache<SweepIndex>();
  const sweepOf = (service: string, settings: Settings): SweepIndex => {
    const kept = sweeps.at(sweepDeps(settings));
    const cached = kept.get(service);
    if (cached) return cached;
    const { major: t, shares: f } = sweepInput(settings);
    const { weights } = settings;
    const min = settings.minOutageMinutes * 60_000;
    const sweep =
      service === PLATFORM
        ? sweepPlatform({ major: t, shares: f, weights, minOutageMs: min }, scratch)
        : indexSweep(
            sweepService(
              t.table,
              rowsOf(service, settings),
              { weights, shares: f, ignoreMaintenanceFrom: Infinity, minOutageMs: min },
              scratch,
            ),
            weights,
          );
    if (retain) kept.set(service, sweep);
    return sweep;
  };

  const indexes = new LayerCache<RecordIndex>();
  /** group g of the service-major table (0: platform-wide rows, 1 + c: service code c) as a record index */
  const indexOf = (g: number, settings: Settings): RecordIndex => {
    const kept = indexes.at(ruleDeps(settings));
    const key = String(g);
    const cached = kept.get(key);
    if (cached) return cached;
    const t = majorTable();
    const index = recordIndex(t.table, t.from[g]!, t.from[g + 1]!, ruleOf(settings));
    kept.set(key, index);
    return index;
  };
  /** the groups R_s is made of, as serviceRows and platformRows read them */
  const groupsOf = (service: string, settings: Settings): number[] => {
    if (service === PLATFORM) return Array.from({ length: majorTable().from.length - 1 }, (_, g) => g);
    const code = codes.get(service) ?? -1;
    const shared = !own(settings) || service === UNATTRIBUTED_SERVICE;
    return [...(shared ? [0] : []), ...(code >= 0 ? [code + 1] : [])];
  };
  /**
   * counts and the record basis of R_s over the months of `boundaries`: binary searches, no pass; under
   * business hours (`covered`) one pass, as a record's covered part is not a step function's difference
   */
  const statsOf = (
    service: string,
    settings: Settings,
    boundaries: Float64Array,
    covered: Float64Array | null,
  ): RecordStats => {
    if (covered)
      return coveredRecordStats(majorTable().table, rowsOf(service, settings), boundaries, ruleOf(settings), covered);
    const t = majorTable();
    const sums = emptySums(boundaries.length);
    for (const g of groupsOf(service, settings)) {
      // a one-shot report reads each group's rows instead: an index would be built to be read once or twice
      if (retain) addIndexSums(sums, indexOf(g, settings), boundaries);
      else addRowSums(sums, t.table, t.from[g]!, t.from[g + 1]!, ruleOf(settings), boundaries);
    }
    return statsOfSums(sums, boundaries);
  };
  const perRunOf = (service: string, settings: Settings, sweep: SweepIndex): Int32Array => {
    return recordsPerRun(majorTable().table, rowsOf(service, settings), ruleOf(settings), sweep.sweep.runStart);
  };

  const samples = new LayerCache<SamplePrefix | null>();
  let streamsOf: Map<string | null, SampleStream[]> | null = null;
  const samplesOf = (service: string, settings: Settings): SamplePrefix | null => {
    if (!input.samples) return null;
    const kept = samples.at([]);
    const key = `${settings.unattributed}\u0000${service}`;
    if (kept.has(key)) return kept.get(key)!;
    // each service's own streams, found once: testing every stream for every service was quadratic
    streamsOf ??= byService(input.samples.streams);
    // unattributed own: streams without a service are (unattributed)'s alone, as their records are
    const shared = !own(settings) || service === UNATTRIBUTED_SERVICE;
    const streams =
      service === PLATFORM
        ? input.samples.streams
        : [...(shared ? (streamsOf.get(null) ?? []) : []), ...(streamsOf.get(service) ?? [])];
    const p = samplePrefix({ ...input.samples, streams }, () => true);
    // a one-shot report reads each service's running totals once: keeping them all (three 64-bit sums per
    // 15-minute bucket and service) was most of what a status report added as its log's months grew
    if (retain) kept.set(key, p);
    return p;
  };

  // a service's observed spans do not move with the zone; only where its service start falls does
  const spans = new LayerCache<Observed>();
  const observedFor = (service: string, settings: Settings): Observed => {
    const kept = spans.at([]);
    let o = kept.get(service);
    if (!o) {
      o = observedOf(input.observed ?? null, service, -Infinity);
      if (retain) kept.set(service, o);
    }
    return { ...o, from: serviceStartInstant(settings.serviceStart, service, settings.reportTimeZone) };
  };

  // records dropped by the minimum outage, counted over the whole log once per minimum
  const short = new LayerCache<number>();
  const shortRecords = (settings: Settings): number =>
    short.value([settings.minOutageMinutes], () => {
      const min = settings.minOutageMinutes * 60_000;
      let n = 0;
      if (min > 0) for (let i = 0; i < table.count; i++) if (endAt(table, i) - startAt(table, i) < min) n++;
      return n;
    });

  let firsts: Float64Array | null = null;
  return {
    services,
    servicesOf: (settings: Settings): string[] => (own(settings) ? servicesOwn : services),
    sweepInput,
    sweepOf,
    statsOf,
    perRunOf,
    samplesOf,
    observedFor,
    shortRecords,
    /** the per-service values kept in these layers: sweeps, record indexes, sample totals, observed spans */
    held: () => ({ sweeps: sweeps.size, indexes: indexes.size, samples: samples.size, observed: spans.size }),
    /** each service code's first record start, for the late-service notes */
    firstStarts: (): Float64Array => (firsts ??= firstStarts(table)),
  };
}

export type RecordLayers = ReturnType<typeof recordLayers>;
