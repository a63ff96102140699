import type { ImportResult } from '../model/import-result';
import type { Diagnostic } from '../model/import-result';
import type {
  EpisodeRow,
  IncidentRow,
  LongPeriodFigures,
  PeriodFigures,
  PreviousPeriod,
  ReportModel,
} from '../model/report-model';
import { UNATTRIBUTED_SERVICE, type Settings } from '../model/settings';
import {
  monthKey,
  monthOfYear,
  monthYear,
  parseMonthKey,
  quarterKey,
  quarterStartMonth,
  yearKey,
  yearStartMonth,
  type MonthIndex,
} from '../time/month-key';
import { reportRange, ReportRangeError, type MonthRange } from '../time/report-range';
import { dayStart, monthBoundaries, monthOfInstant } from '../time/zoned-months';
import { creditCommitments, shortRecordsDiagnostic } from '../compute/report-diagnostics';
import { endAt, startAt } from '../model/record-table';
import { episodeRows } from '../compute/episode-rows';
import { recordsOver, recordStats, type RecordStats } from '../compute/record-stats';
import type { SampleStream } from '../model/records';
import { byService } from '../model/by-service';
import { regionShareByCode } from '../compute/affected-share';
import { incidentRows } from '../compute/incidents';
import { periodFigures } from '../compute/period-figures';
import { sumLongerAmounts } from '../compute/credit-amounts';
import { withCommitmentNotes } from './commitment-notes';
import { episodeStats, indexSweep, sumMonths, type PeriodMinutes, type SweepIndex } from '../compute/period-minutes';
import { sampleExtent, samplePrefix, sampleSums, type SamplePrefix } from '../compute/sample-totals';
import { observedOf, serviceStartInstant, type Observed } from '../compute/observed-spans';
import { lateServiceNotes } from '../compute/late-services';
import { codeUnitOrder, PLATFORM, platformRows, reportServices, serviceRows } from '../compute/service-rows';
import type { RowSource } from '../compute/sweep';
import { orderByKey } from '../compute/sort-order';
import { serviceMajorTable, type ServiceMajorTable } from '../compute/records-by-service';
import { recordShares, sweepService, SweepScratch } from '../compute/sweep';
import { sweepPlatform, type PlatformSweeper } from '../compute/platform-sweep';
import { dayBoundaries, dayPrefix, rollingSeries, spanMinutes } from '../compute/rolling-windows';
import { downtimeSteps, replayBurnRules, type DowntimeSteps } from '../compute/burn-rate';
import { targetFor } from '../model/settings';
import { ninesTable } from './nines-table';
import { compositeTimelines, type CompositeSetup } from '../compute/composite-records';
import { naiveAvailability } from '../compute/composite-naive';
import { tableFromRecords } from '../model/record-table';
import { dayMinutes, STATUS_DAY_COUNT, statusDays, type DayMinutes } from './status-days';
import { lastDays, type ZonedDays } from '../time/zoned-days';
import { dayKey, previousRange, rangeDays, resolvedRange, type RangeSides } from '../time/period-presets';

/** What a report needs from an import. */
export type ReportInput = Pick<
  ImportResult,
  'source' | 'records' | 'samples' | 'diagnostics' | 'diagnosticsTotal' | 'latestInstant'
> &
  Partial<Pick<ImportResult, 'observed'>>;

export interface ReportEngineOptions {
  /**
   * keep only this many incident rows (largest impact first; with user-given months, taken before the rows
   * outside them are dropped); default: all
   */
  maxIncidents?: number;
  /**
   * keep each service's sweep for later builds (default true). A one-shot report turns this off so only
   * one service's sweep is in memory at a time.
   */
  retainSweeps?: boolean;
  /** sweeps `*` on another thread in prepare() (a one-shot report of a large log) */
  platformSweeper?: PlatformSweeper;
  /** lists every episode of the shown services in ReportModel.episodes (`--episodes`) */
  listEpisodes?: boolean;
}

export interface ReportEngine {
  /** every service of the input, `*` first (before the settings' filter) */
  readonly services: readonly string[];
  build(settings: Settings, now?: number): ReportModel;
  /**
   * With a platformSweeper and a log of at least its minRecords: sweeps `*` on its thread while this one
   * sweeps the services, so that the next build() of these settings finds every service's minutes done.
   * Without, or when that thread fails, does nothing and build() sweeps as it always does.
   */
  prepare(settings: Settings): Promise<void>;
}

/** A quarter, year or the whole range: months [from, to] of the report range. */
interface LongPeriod {
  key: string;
  from: MonthIndex;
  to: MonthIndex;
}

interface ServiceMinutes {
  months: PeriodMinutes[];
  quarters: PeriodMinutes[];
  years: PeriodMinutes[];
  all: PeriodMinutes;
  /** running sums of the days of RangeFrame.days (rolling windows), when asked for */
  days: Float64Array | null;
  /** the downtime steps (burn-rate replay), when asked for */
  steps: DowntimeSteps | null;
  /** the service's episodes over the range, when they are listed */
  episodes: EpisodeRow[];
  /** the status bar's days (RangeFrame.statusDays) */
  statusDays: DayMinutes[];
  /** the same minutes over the previous period (RangeFrame.previous), when the log covers it */
  previous: ServiceMinutes | null;
}

interface RangeFrame {
  range: MonthRange;
  boundaries: Float64Array;
  quarters: LongPeriod[];
  years: LongPeriod[];
  /** day boundaries from `lead` days before the range (the longest rolling window's lead), when asked for */
  days: Float64Array | null;
  lead: number;
  /** the status bars' days: the last 90 of the range up to the day of the data's latest instant */
  statusDays: ZonedDays;
  /** the period of equal length before the range (issue 16); frame null when the log does not reach it */
  previous: { sides: RangeSides; frame: RangeFrame | null } | null;
}

/** What a build needs beyond the period figures. */
interface Needs {
  days: boolean;
  steps: boolean;
}

const needsOf = (settings: Settings): Needs => ({
  days: settings.rolling.length > 0,
  steps: settings.burnRules.length > 0,
});

/**
 * The report as layers, each cached under the settings it depends on, so the app can recompute on every
 * edit: the start order of the records (never changes); the sweep per service (weights, region shares);
 * the monthly and longer-period minutes (+ time zone and range: a few lookups per month and service in the
 * sweep's running sums, no new sweep);
 * the incident list (users, weights, region shares, service filter); and the figures (targets, credits,
 * maintenance counting, users, rates: arithmetic on the cached minutes).
 */
export function createReportEngine(input: ReportInput, options: ReportEngineOptions = {}): ReportEngine {
  const table = input.records;
  const services = reportServices(table, input.samples);
  const servicesOwn = reportServices(table, input.samples, true);
  const servicesOf = (settings: Settings): string[] => (settings.unattributed === 'own' ? servicesOwn : services);
  const minOutageMs = (settings: Settings): number => settings.minOutageMinutes * 60_000;
  const own = (settings: Settings): boolean => settings.unattributed === 'own';
  const retain = options.retainSweeps ?? true;
  const extent = dataExtent(input);

  let order: Int32Array | null = null;
  // stored instants: their order is the instants' order
  const startOrder = (): Int32Array => (order ??= orderByKey(table.instants.start));
  // the sweeps read the records grouped by service, in start order within each group
  let major: ServiceMajorTable | null = null;

  const samples = new Map<string, SamplePrefix | null>();
  let streamsOf: Map<string | null, SampleStream[]> | null = null;
  const samplesOf = (service: string, settings: Settings): SamplePrefix | null => {
    if (!input.samples) return null;
    const key = `${settings.unattributed}\u0000${service}`;
    if (samples.has(key)) return samples.get(key)!;
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
    if (retain) samples.set(key, p);
    return p;
  };

  // a sweep not kept is read before the next one starts: each borrows the same working memory
  const scratch = retain ? undefined : new SweepScratch();
  const sweeper = options.platformSweeper;
  let sweepKey = '';
  let sweeps = new Map<string, SweepIndex>();
  let shares: Float64Array | null = null;
  /** the service-major table, and f(r) of each kind under the settings' weights and region shares */
  const sweepInput = (settings: Settings): { major: ServiceMajorTable; shares: Float64Array } => {
    const key = JSON.stringify([
      settings.weights,
      settings.regionShares,
      settings.minOutageMinutes,
      settings.unattributed,
    ]);
    if (key !== sweepKey) {
      sweepKey = key;
      sweeps = new Map();
      shares = null;
    }
    // on shared memory when another thread may sweep `*` from it
    major ??= serviceMajorTable(table, sweeper !== undefined && table.count >= sweeper.minRecords);
    shares ??= recordShares(major.table, settings.weights, regionShareByCode(table, settings.regionShares));
    return { major, shares };
  };
  const sweepOf = (service: string, settings: Settings): SweepIndex => {
    const { major: t, shares: f } = sweepInput(settings);
    const cached = sweeps.get(service);
    if (cached) return cached;
    const { weights } = settings;
    const min = minOutageMs(settings);
    const sweep =
      service === PLATFORM
        ? sweepPlatform({ major: t, shares: f, weights, minOutageMs: min }, scratch)
        : indexSweep(
            sweepService(
              t.table,
              rowsOf(t, service, settings),
              { weights, shares: f, ignoreMaintenanceFrom: Infinity, minOutageMs: min },
              scratch,
            ),
            weights,
          );
    if (retain) sweeps.set(service, sweep);
    return sweep;
  };

  const rowsOf = (t: ServiceMajorTable, service: string, settings: Settings): RowSource =>
    service === PLATFORM ? platformRows(t) : serviceRows(t, service, own(settings));

  let frameKey = '';
  let frame: RangeFrame | null = null;
  const frameOf = (settings: Settings): RangeFrame | null => {
    const lead = Math.max(0, ...settings.rolling) - 1;
    const key = JSON.stringify([settings.reportTimeZone, settings.range, lead]);
    if (key !== frameKey) {
      frameKey = key;
      const { from, to } = settings.range;
      const zone = settings.reportTimeZone;
      const months = { from: from && from.slice(0, 7), to: to && to.slice(0, 7) };
      const range = reportRange(extent, months, zone);
      const boundaries = range && clipToDays(monthBoundaries(range.from, range.to, zone), from, to, zone);
      frame = range && {
        range,
        boundaries: boundaries!,
        quarters: longPeriods(range, quarterStartMonth, quarterKey),
        years: longPeriods(range, yearStartMonth, yearKey),
        days: lead < 0 ? null : dayBoundaries(boundaries![0]!, boundaries![boundaries!.length - 1]!, zone, lead),
        lead: Math.max(0, lead),
        statusDays: statusBarDays(boundaries!, extent, zone),
        previous: range && previousFrame(range, from, to, extent, zone),
      };
    }
    return frame;
  };

  let minutesKey = '';
  let minutes = new Map<string, ServiceMinutes>();
  /** drops the cached minutes when the settings they depend on changed; once per build, not per service */
  /** what the minutes depend on (composites included: they are built from the other services' records) */
  const minutesDeps = (settings: Settings): string =>
    JSON.stringify([
      settings.weights,
      settings.regionShares,
      settings.minOutageMinutes,
      settings.unattributed,
      settings.serviceStart,
      settings.composites,
      frameKey,
    ]);
  const checkMinutes = (settings: Settings): void => {
    const key = minutesDeps(settings);
    if (key !== minutesKey) {
      minutesKey = key;
      minutes = new Map();
    }
  };
  const minutesOf = (service: string, settings: Settings, f: RangeFrame): ServiceMinutes => {
    let m = minutes.get(service);
    const needs = needsOf(settings);
    // minutes built before rolling windows or rules were asked for are built again with them
    if (!m || (needs.days && !m.days) || (needs.steps && !m.steps)) {
      const composite = compositesOf(settings, f).timelines.has(service);
      const sweep = composite ? compositeSweep(service, settings).sweep : sweepOf(service, settings);
      const samples = composite ? null : samplesOf(service, settings);
      const observed = composite ? composites.timelines.get(service)!.observed : observedFor(service, settings);
      const stats = composite ? compositeSweep(service, settings).stats : statsOf(service, settings);
      m = serviceMinutes(service, sweep, samples, observed, f, stats, options.listEpisodes, needs);
      // a composite's timeline is built over the range alone, so it has no previous period
      if (!composite) m.previous = previousMinutes(service, sweep, samples, observed, f, stats);
      minutes.set(service, m);
    }
    return m;
  };
  /** counts and the record basis: one pass over R_s, which reads the sweep's episodes */
  const statsOf =
    (service: string, settings: Settings) =>
    (f: RangeFrame, runStart: Float64Array): RecordStats => {
      const { major: t } = sweepInput(settings);
      return recordStats(
        t.table,
        rowsOf(t, service, settings),
        f.boundaries,
        settings.weights,
        minOutageMs(settings),
        runStart,
      );
    };

  // composites (issue 18 item 3): their records are derived from their components' before the sweep, so
  // every figure of theirs comes from the same engine; they depend on the range through the window
  let compositeKey = '';
  let composites: CompositeSetup = { timelines: new Map(), diagnostics: [] };
  const compositeSweeps = new Map<string, { sweep: SweepIndex; stats: ReturnType<typeof statsOf> }>();
  const compositesOf = (settings: Settings, f: RangeFrame | null): CompositeSetup => {
    if (!f || settings.composites.length === 0) return { timelines: new Map(), diagnostics: [] };
    const key = minutesDeps(settings);
    if (key !== compositeKey) {
      compositeKey = key;
      const window = { from: f.boundaries[0]!, to: f.boundaries[f.boundaries.length - 1]! };
      composites = compositeTimelines(table, input.observed ?? null, servicesOf(settings), settings, window);
      compositeSweeps.clear();
    }
    return composites;
  };
  const compositeSweep = (
    name: string,
    settings: Settings,
  ): { sweep: SweepIndex; stats: ReturnType<typeof statsOf> } => {
    let done = compositeSweeps.get(name);
    if (!done) {
      const major = serviceMajorTable(tableFromRecords(composites.timelines.get(name)!.records));
      const { weights } = settings;
      // a composite's records carry no share or region of their own: f(r) is their severity weight; the
      // minimum outage dropped its components' short records, not the composite's own intervals
      const shares = recordShares(major.table, weights, new Float64Array(0));
      const sweep = indexSweep(
        sweepService(major.table, serviceRows(major, name), { weights, shares, ignoreMaintenanceFrom: Infinity }),
        weights,
      );
      const stats = (fr: RangeFrame, runStart: Float64Array): RecordStats =>
        recordStats(major.table, serviceRows(major, name), fr.boundaries, weights, 0, runStart);
      done = { sweep, stats };
      compositeSweeps.set(name, done);
    }
    return done;
  };

  const observedFor = (service: string, settings: Settings): Observed =>
    observedOf(
      input.observed ?? null,
      service,
      serviceStartInstant(settings.serviceStart, service, settings.reportTimeZone),
    );

  let incidentsKey = '';
  let incidents: IncidentRow[] = [];
  const incidentsOf = (settings: Settings, shown: readonly string[]): IncidentRow[] => {
    const key = JSON.stringify([
      settings.users,
      settings.usersByService,
      settings.weights,
      settings.regionShares,
      settings.minOutageMinutes,
      shown,
    ]);
    if (key !== incidentsKey) {
      incidentsKey = key;
      // none kept (the CLI's text formats): no start order of the whole log, whose sort scratch would be the
      // report's peak
      if (options.maxIncidents === 0) return (incidents = []);
      const all = shown.includes(PLATFORM);
      const codes = new Set(shown.map((s) => table.services.indexOf(s)).filter((c) => c >= 0));
      const some = shown.length > 0;
      const picked = all
        ? startOrder()
        : startOrder().filter((r) => {
            const c = table.service[r]!;
            return codes.has(c) || (c < 0 && some);
          });
      incidents = incidentRows(table, picked, settings, options.maxIncidents);
    }
    return incidents;
  };

  // the incident list cut to a user-given range, kept while neither the list nor the range changes
  let rangedFrom: IncidentRow[] | null = null;
  let rangedFrame: RangeFrame | null = null;
  let ranged: IncidentRow[] = [];
  const incidentsShown = (settings: Settings, shown: readonly string[], f: RangeFrame | null): IncidentRow[] => {
    const list = incidentsOf(settings, shown);
    if (settings.range.from === null && settings.range.to === null) return list;
    if (list !== rangedFrom || f !== rangedFrame) {
      rangedFrom = list;
      rangedFrame = f;
      ranged = incidentsInRange(list, f);
    }
    return ranged;
  };

  const shownOf = (settings: Settings): string[] => {
    const filter = settings.services;
    const names = [...compositesOf(settings, frameOf(settings)).timelines.keys()];
    const log = servicesOf(settings);
    const all = names.length ? [PLATFORM, ...[...log.slice(1), ...names].sort(codeUnitOrder)] : log;
    return filter === null ? all : all.filter((s) => filter.includes(s));
  };

  // records dropped by the minimum outage, counted over the whole log once per minimum
  let shortKey = -1;
  let shortCount = 0;
  const shortRecords = (settings: Settings): number => {
    const min = minOutageMs(settings);
    if (min !== shortKey) {
      shortKey = min;
      shortCount = 0;
      if (min > 0) for (let i = 0; i < table.count; i++) if (endAt(table, i) - startAt(table, i) < min) shortCount++;
    }
    return shortCount;
  };

  return {
    services,
    async prepare(given: Settings): Promise<void> {
      const settings = withPresetRange(given, Date.now());
      const f = frameOf(settings);
      const shown = shownOf(settings);
      if (!sweeper || table.count < sweeper.minRecords || !f || !shown.includes(PLATFORM)) return;
      checkMinutes(settings);
      if (minutes.has(PLATFORM)) return;
      const platform = sweeper
        .sweep(() => ({ ...sweepInput(settings), weights: settings.weights, minOutageMs: minOutageMs(settings) }))
        .catch(() => null);
      for (const s of shown) if (s !== PLATFORM) minutesOf(s, settings, f);
      const mine = minutes;
      const index = await platform;
      // a failed thread leaves `*` to build(), which sweeps it here; a build of other settings meanwhile
      // replaced the minutes these belong with
      if (index && minutes === mine) {
        const samples = samplesOf(PLATFORM, settings);
        const observed = observedFor(PLATFORM, settings);
        const stats = statsOf(PLATFORM, settings);
        const m = serviceMinutes(PLATFORM, index, samples, observed, f, stats, options.listEpisodes, needsOf(settings));
        m.previous = previousMinutes(PLATFORM, index, samples, observed, f, stats);
        minutes.set(PLATFORM, m);
      }
    },
    build(given: Settings, now: number = Date.now()): ReportModel {
      const settings = withPresetRange(given, now);
      const shown = shownOf(settings);
      const f = frameOf(settings);
      const model: ReportModel = {
        source: input.source,
        settings,
        services: shown,
        monthKeys: [],
        months: [],
        quarters: [],
        years: [],
        summary: [],
        incidents: incidentsShown(settings, shown, f),
        diagnostics: input.diagnostics,
        diagnosticsTotal: input.diagnosticsTotal,
        creditCommitments: creditCommitments(settings, shown),
        nines: [],
        rolling: [],
        alerts: [],
        uncaught: [],
        statusDays: [],
        previous: null,
        generatedAt: now,
      };
      const own: Diagnostic[] = [];
      const short = shortRecordsDiagnostic(shortRecords(settings), settings.minOutageMinutes);
      if (short) own.push(short);
      if (own.length > 0) {
        model.diagnostics = [...input.diagnostics, ...own];
        model.diagnosticsTotal += own.length;
      }
      if (options.listEpisodes) model.episodes = [];
      const reference = f ? f.range.to : monthOfInstant(now, settings.reportTimeZone);
      model.nines = ninesTable(shown, settings, reference);
      // the commitments' notes come last, so a target change can replace them without the records (retarget.ts)
      if (!f) return withCommitmentNotes(model);
      const { range } = f;
      for (let k = range.from; k <= range.to; k++) model.monthKeys.push(monthKey(k));
      if (!input.observed) {
        const notes = lateServiceNotes(table, shown, settings.serviceStart, f.boundaries[0]!);
        model.diagnostics = [...model.diagnostics, ...notes];
        model.diagnosticsTotal += notes.length;
      }
      const long = (s: string, p: LongPeriod, m: PeriodMinutes): LongPeriodFigures => longRow(s, p, m, settings);
      checkMinutes(settings);
      const { timelines, diagnostics } = compositesOf(settings, f);
      if (diagnostics.length) {
        model.diagnostics = [...model.diagnostics, ...diagnostics];
        model.diagnosticsTotal += diagnostics.length;
      }
      // a composite row carries the product of its components' availabilities over the same period beside its own
      const naive = <R extends PeriodFigures>(s: string, row: R, pick: (m: ServiceMinutes) => PeriodMinutes): R => {
        const c = timelines.get(s);
        if (!c) return row;
        const availabilityOf = (x: string): number | null =>
          periodFigures(x, null, pick(minutesOf(x, settings, f)), settings, row.period, 1).availability;
        return Object.assign(row, { naiveAvailability: naiveAvailability(c.root, availabilityOf, timelines) });
      };
      const previous = f.previous && previousPeriodOf(f.previous, settings.period);
      model.previous = previous;
      for (const s of shown) {
        const m = minutesOf(s, settings, f);
        const months = m.months.map((pm, k) => {
          const key = model.monthKeys[k]!;
          return naive(s, periodFigures(s, key, pm, settings, key, 1), (x) => x.months[k]!);
        });
        const quarters = f.quarters.map((p, i) => naive(s, long(s, p, m.quarters[i]!), (x) => x.quarters[i]!));
        const years = f.years.map((p, i) => naive(s, long(s, p, m.years[i]!), (x) => x.years[i]!));
        const all = naive(s, long(s, { key: 'all', from: range.from, to: range.to }, m.all), (x) => x.all);
        sumLongerAmounts(settings.period, { months, quarters, years, all });
        model.months.push(...months);
        model.quarters.push(...quarters);
        model.years.push(...years);
        model.summary.push(all);
        const pf = f.previous?.frame;
        if (previous && pf && m.previous) {
          const rows = periodRows(s, m.previous, pf, settings);
          previous.months.push(...rows.months);
          previous.quarters.push(...rows.quarters);
          previous.years.push(...rows.years);
          previous.summary.push(rows.all);
        }
        model.episodes?.push(...m.episodes);
        model.statusDays.push(statusDays(s, f.statusDays, m.statusDays, settings));
        addReplays(model, s, m, f, settings);
        // a one-shot report reads each service's minutes once: held for every service, they were a third of
        // the report's memory with 200,000 services
        if (!retain) minutes.delete(s);
      }
      model.alerts.sort((a, b) => a.firedAt - b.firedAt);
      return withCommitmentNotes(model);
    },
  };
}

/** Settings whose range preset is read on the day holding `now` (a saved "last month" moves with the calendar). */
function withPresetRange(settings: Settings, now: number): Settings {
  if (settings.range.preset === undefined) return settings;
  return { ...settings, range: resolvedRange(settings.range, now, settings.reportTimeZone) };
}

/** The rolling windows and burn-rate alerts of one service (docs/spec.md 5a, 5b), when the settings ask. */
function addReplays(model: ReportModel, service: string, m: ServiceMinutes, f: RangeFrame, settings: Settings): void {
  if (m.days && f.days) {
    const ends = f.days.subarray(1);
    for (const n of settings.rolling) model.rolling.push(rollingSeries(service, n, m.days, ends, f.lead, settings));
  }
  if (m.steps && settings.burnRules.length > 0) {
    const w = settings.countMaintenance ? m.steps.counted : m.steps.excluded;
    const b = f.boundaries;
    const target = targetFor(settings, service);
    const r = replayBurnRules(
      service,
      { times: m.steps.times, w },
      settings.burnRules,
      target,
      b[0]!,
      b[b.length - 1]!,
    );
    model.alerts.push(...r.alerts);
    model.uncaught.push(...r.uncaught);
  }
}

/** Earliest start and latest end of the data (records, and sample buckets of status logs). */
function dataExtent(input: ReportInput): { earliestStart: number; latestEnd: number } | null {
  const t = input.records;
  const { start, end, base, step } = t.instants;
  let earliestStart = Infinity;
  let latestEnd = -Infinity;
  for (let i = 0; i < t.count; i++) {
    if (start[i]! < earliestStart) earliestStart = start[i]!;
    if (end[i]! > latestEnd) latestEnd = end[i]!;
  }
  if (t.count > 0) {
    earliestStart = base + step * earliestStart;
    latestEnd = base + step * latestEnd;
  }
  const samples = input.samples && sampleExtent(input.samples);
  if (samples) {
    earliestStart = Math.min(earliestStart, samples.first);
    latestEnd = Math.max(latestEnd, samples.last);
  }
  return earliestStart <= latestEnd ? { earliestStart, latestEnd } : null;
}

function longPeriods(
  range: MonthRange,
  startOf: (m: MonthIndex) => MonthIndex,
  keyOf: (m: MonthIndex) => string,
): LongPeriod[] {
  const out: LongPeriod[] = [];
  for (let m = range.from; m <= range.to; m++) {
    const last = out[out.length - 1];
    if (last && startOf(last.from) === startOf(m)) last.to = m;
    else out.push({ key: keyOf(m), from: m, to: m });
  }
  return out;
}

function serviceMinutes(
  service: string,
  sweep: SweepIndex,
  samples: SamplePrefix | null,
  observed: Observed,
  f: RangeFrame,
  statsOf: (f: RangeFrame, runStart: Float64Array) => RecordStats,
  listEpisodes: boolean | undefined,
  needs: Needs,
): ServiceMinutes {
  const b = f.boundaries;
  const first = f.range.from;
  const stats = statsOf(f, sweep.sweep.runStart);
  const months: PeriodMinutes[] = [];
  const from = (a: number): number => Math.max(a, observed.from);
  for (let k = 0; k + 1 < b.length; k++) {
    const m = spanMinutes(sweep, observed, b[k]!, b[k + 1]!);
    m.counts = [stats.counts[4 * k]!, stats.counts[4 * k + 1]!, stats.counts[4 * k + 2]!, stats.counts[4 * k + 3]!];
    m.recordCount = stats.recordCount[k]!;
    m.recordMs = stats.recordMs[k]!;
    if (samples) {
      const s = sampleSums(samples, b[k]!, b[k + 1]!);
      m.samplesUp = s.up;
      m.samplesAll = s.all;
      m.samplesMaintenance = s.maintenance;
    }
    months.push(m);
  }
  const over = (p: LongPeriod): PeriodMinutes => {
    const i = p.from - first;
    const j = p.to - first + 1;
    const records = recordsOver(stats, i, j);
    const a = from(b[i]!);
    const episodes = a < b[j]! ? episodeStats(sweep, a, b[j]!) : { episodes: 0, episodeMs: 0, longestEpisodeMs: 0 };
    return {
      ...sumMonths(months.slice(i, j)),
      ...episodes,
      recordCount: records.count,
      recordMs: records.ms,
    };
  };
  return {
    months,
    quarters: f.quarters.map(over),
    years: f.years.map(over),
    all: over({ key: 'all', from: f.range.from, to: f.range.to }),
    // per day, a few lookups in the sweep's running sums, as for months; windows are then sums of days
    days:
      needs.days && f.days
        ? dayPrefix(Array.from(f.days.subarray(1), (end, k) => spanMinutes(sweep, observed, f.days![k]!, end)))
        : null,
    steps: needs.steps ? downtimeSteps(sweep) : null,
    episodes: listEpisodes ? episodeRows(service, sweep, stats.recordsPerRun, b[0]!, b[b.length - 1]!) : [],
    statusDays: dayMinutes(sweep, observed, f.statusDays),
    previous: null,
  };
}

/** A quarter, year or the whole range of one service from its minutes. */
function longRow(service: string, p: LongPeriod, m: PeriodMinutes, settings: Settings): LongPeriodFigures {
  // assigned onto the fresh row rather than spread: a spread copy of every row was most of a target change
  return Object.assign(periodFigures(service, null, m, settings, p.key, p.to - p.from + 1), {
    month: null as null,
    fromMonth: monthKey(p.from),
    toMonth: monthKey(p.to),
  });
}

/** The rows of one service over a frame: its months, quarters, years and the whole, credits summed per SLA period. */
function periodRows(
  service: string,
  m: ServiceMinutes,
  f: RangeFrame,
  settings: Settings,
): { months: PeriodFigures[]; quarters: LongPeriodFigures[]; years: LongPeriodFigures[]; all: LongPeriodFigures } {
  const months = m.months.map((pm, k) => {
    const key = monthKey(f.range.from + k);
    return periodFigures(service, key, pm, settings, key, 1);
  });
  const quarters = f.quarters.map((p, i) => longRow(service, p, m.quarters[i]!, settings));
  const years = f.years.map((p, i) => longRow(service, p, m.years[i]!, settings));
  const all = longRow(service, { key: 'all', from: f.range.from, to: f.range.to }, m.all, settings);
  const rows = { months, quarters, years, all };
  sumLongerAmounts(settings.period, rows);
  return rows;
}

/**
 * The period of equal length before the range (issue 16), as a frame of its own. It is covered when it starts
 * no earlier than the month holding the data's earliest instant (the month SPEC 4's range would start on):
 * before that the log says nothing, and a period it says nothing about is no data, never 0 downtime.
 */
function previousFrame(
  range: MonthRange,
  from: string | null,
  to: string | null,
  extent: { earliestStart: number } | null,
  zone: string,
): RangeFrame['previous'] {
  const sides = previousRange({ from: from ?? monthKey(range.from), to: to ?? monthKey(range.to) });
  const months = reportRange(null, { from: sides.from.slice(0, 7), to: sides.to.slice(0, 7) }, zone)!;
  if (extent === null || months.from < monthOfInstant(extent.earliestStart, zone)) return { sides, frame: null };
  const boundaries = clipToDays(monthBoundaries(months.from, months.to, zone), sides.from, sides.to, zone);
  const frame: RangeFrame = {
    range: months,
    boundaries,
    quarters: longPeriods(months, quarterStartMonth, quarterKey),
    years: longPeriods(months, yearStartMonth, yearKey),
    days: null,
    lead: 0,
    statusDays: { dates: [], bounds: new Float64Array(0) },
    previous: null,
  };
  return { sides, frame };
}

/** A service's minutes over the previous period, read from the sweep its range used; null when not covered. */
function previousMinutes(
  service: string,
  sweep: SweepIndex,
  samples: SamplePrefix | null,
  observed: Observed,
  f: RangeFrame,
  stats: (f: RangeFrame, runStart: Float64Array) => RecordStats,
): ServiceMinutes | null {
  const pf = f.previous?.frame;
  return pf ? serviceMinutes(service, sweep, samples, observed, pf, stats, false, { days: false, steps: false }) : null;
}

/** The model's previous period, its rows still to be filled per service. */
function previousPeriodOf(p: NonNullable<RangeFrame['previous']>, period: Settings['period']): PreviousPeriod {
  const { first, last } = rangeDays(p.sides);
  return {
    from: dayKey(first),
    to: dayKey(last),
    period,
    covered: p.frame !== null,
    months: [],
    quarters: [],
    years: [],
    summary: [],
  };
}

/**
 * A day-precise range (SPEC 4: "YYYY-MM-DD", inclusive) clips the first month to start at its from-day and
 * the last to end after its to-day; month-precise sides leave the boundaries as they are.
 */
function clipToDays(b: Float64Array, from: string | null, to: string | null, zone: string): Float64Array {
  const day = (text: string, after: number): number => {
    const m = parseMonthKey(text.slice(0, 7));
    return dayStart(monthYear(m), monthOfYear(m), Number(text.slice(8)) + after, zone);
  };
  const last = b.length - 1;
  if (from !== null && from.length === 10) b[0] = Math.min(Math.max(b[0]!, day(from, 0)), b[1]!);
  if (to !== null && to.length === 10) b[last] = Math.max(Math.min(b[last]!, day(to, 1)), b[last - 1]!);
  if (b[last]! <= b[0]!) {
    throw new ReportRangeError(`report range is empty: from ${from} is after to ${to}`);
  }
  return b;
}

/**
 * A status bar ends on the day of the data's latest instant (an end at midnight belongs to the day before, as
 * SPEC 4 places a month's end), not on the range's last day: days after the log would read as clean days.
 * A user-given range that ends earlier, or lies wholly after the data, ends the bar at its own end.
 */
function statusBarDays(boundaries: Float64Array, extent: { latestEnd: number } | null, zone: string): ZonedDays {
  const from = boundaries[0]!;
  const to = boundaries[boundaries.length - 1]!;
  const latest = extent?.latestEnd ?? to;
  const end = latest > from && latest < to ? latest : to;
  return lastDays(from, end, zone, STATUS_DAY_COUNT);
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
