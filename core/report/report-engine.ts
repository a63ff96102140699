import type { Diagnostic } from '../model/import-result';
import type { LongPeriodFigures, PeriodFigures, ReportModel } from '../model/report-model';
import type { Settings } from '../model/settings';
import { monthKey } from '../time/month-key';
import { monthOfInstant } from '../time/zoned-months';
import { creditCommitments, shortRecordsDiagnostic } from '../compute/report-diagnostics';
import { periodFigures } from '../compute/period-figures';
import { sumLongerAmounts } from '../compute/credit-amounts';
import type { PeriodMinutes } from '../compute/period-minutes';
import { lateServiceNotes } from '../compute/late-services';
import { rangeBeyondLogNote } from '../compute/range-beyond-log';
import { codeUnitOrder, PLATFORM } from '../compute/service-rows';
import { naiveAvailability } from '../compute/composite-naive';
import { withCommitmentNotes } from './commitment-notes';
import { ninesTable } from './nines-table';
import { statusDays } from './status-days';
import { LayerCache } from './layer-cache';
import { dataExtent, frameDeps, rangeFrame, type LongPeriod, type RangeFrame } from './range-frame';
import { recordLayers } from './record-layers';
import { compositeDeps, compositeLayers } from './composite-layers';
import type { CompositeSetup } from '../compute/composite-records';
import { incidentLayers } from './incident-layers';
import { addReplays, lacks, needsOf, serviceMinutes, type ServiceMinutes, type ServiceParts } from './service-minutes';
import { longRow, periodRows, previousPeriodOf } from './period-rows';
import { withPresetRead } from '../time/period-presets';
import type { ReportEngineOptions, ReportInput } from './report-input';

export type { ReportEngineOptions, ReportInput } from './report-input';

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
  /**
   * build() a service at a time: the model with every part but the services' rows, and those rows one service
   * after another, made as they are read (a one-shot report writes each and keeps none: issue 19 item 3).
   */
  stream(settings: Settings, now?: number): ReportStream;
  /**
   * How many per-service values the engine's layers keep now (a service's minutes, sweep, record index, sample
   * totals, observed spans). The app's engine keeps them for the next build; a one-shot one keeps at most a few.
   */
  held(): EngineHeld;
}

export interface EngineHeld {
  minutes: number;
  sweeps: number;
  indexes: number;
  samples: number;
  observed: number;
}

/** One service's rows, as build() puts them in the model. */
export interface ServiceRows {
  service: string;
  months: PeriodFigures[];
  quarters: LongPeriodFigures[];
  years: LongPeriodFigures[];
  summary: LongPeriodFigures;
  /** the same over the previous period, when the model has one and the log covers it */
  previous: ReturnType<typeof periodRows> | null;
}

export interface ReportStream {
  /** months, quarters, years, summary and the previous period's rows stay empty: they are in services() */
  model: ReportModel;
  /** every shown service's rows in the model's order; to be read once */
  services: () => Generator<ServiceRows>;
}

/**
 * The report as layers (docs/architecture.md), each a LayerCache kept under the settings slice it declares,
 * so the app can recompute on every edit: the records' layers (sweeps per service under weights, region
 * shares, minimum outage and attribution; record indexes under the minimum outage and weighted severities);
 * the frame (time zone, range, longest rolling window); the minutes per service and frame (a few lookups per
 * period in the sweep's running sums and binary searches in the record indexes, no pass over the records);
 * the incident list (users, weights, region shares, services shown); and the figures (targets, credits,
 * maintenance counting, rates: arithmetic on the cached minutes, done on every build).
 */
export function createReportEngine(input: ReportInput, options: ReportEngineOptions = {}): ReportEngine {
  const retain = options.retainSweeps ?? true;
  const statusBars = options.statusDays ?? true;
  const records = recordLayers(input, options);
  const composites = compositeLayers(input, records.servicesOf);
  const incidentsShown = incidentLayers(input, options);
  const extent = dataExtent(input);

  const frames = new LayerCache<RangeFrame | null>();
  const frameOf = (settings: Settings): RangeFrame | null =>
    frames.value(frameDeps(settings), () => rangeFrame(extent, settings));

  // a service's minutes depend on what a composite's do: its sweep, service starts, the composites, the frame
  const minutes = new LayerCache<ServiceMinutes>();
  const minutesOf = (service: string, settings: Settings, f: RangeFrame): ServiceMinutes => {
    const kept = minutes.at(compositeDeps(settings, f));
    let m = kept.get(service);
    const needs = needsOf(settings, statusBars);
    if (!m || lacks(m, needs)) {
      const composite = composites.setupOf(settings, f).timelines.get(service);
      const c = composite && composites.sweepOf(service, settings, f);
      const sweep = c ? c.sweep : records.sweepOf(service, settings);
      const partsOver = (fr: RangeFrame): ServiceParts => ({
        sweep,
        samples: composite ? null : records.samplesOf(service, settings),
        observed: composite ? composite.observed : records.observedFor(service, settings),
        stats: c ? c.stats(fr.boundaries, fr.covered) : records.statsOf(service, settings, fr.boundaries, fr.covered),
        recordsPerRun: c ? c.recordsPerRun : () => records.perRunOf(service, settings, sweep),
      });
      m = serviceMinutes(service, partsOver(f), f, options.listEpisodes, needs);
      // a composite's timeline is built over the range alone, so it has no previous period
      const pf = f.previous?.frame;
      if (!composite && pf) m.previous = serviceMinutes(service, partsOver(pf), pf, false, NO_NEEDS);
      kept.set(service, m);
    }
    return m;
  };

  const shownOf = (settings: Settings): string[] => {
    const filter = settings.services;
    const names = [...composites.setupOf(settings, frameOf(settings)).timelines.keys()];
    const log = records.servicesOf(settings);
    const all = names.length ? [PLATFORM, ...[...log.slice(1), ...names].sort(codeUnitOrder)] : log;
    return filter === null ? all : all.filter((s) => filter.includes(s));
  };

  const sweeper = options.platformSweeper;
  return {
    services: records.services,
    async prepare(given: Settings): Promise<void> {
      const settings = withPresetRead(given, Date.now());
      const f = frameOf(settings);
      const shown = shownOf(settings);
      if (!sweeper || input.records.count < sweeper.minRecords || !f || !shown.includes(PLATFORM)) return;
      const mine = minutes.at(compositeDeps(settings, f));
      if (mine.has(PLATFORM)) return;
      const minOutageMs = settings.minOutageMinutes * 60_000;
      let swept = false;
      const platform = sweeper
        .sweep(() => ({ ...records.sweepInput(settings), weights: settings.weights, minOutageMs }))
        .catch(() => null)
        .finally(() => (swept = true));
      // services only while `*` is on its thread: build() sweeps the rest as it reads them, so a one-shot report
      // does not hold the minutes of 200,000 services made ahead (issue 19 item 3); a build of other settings
      // in the meantime (the app) stops it too
      let n = 0;
      for (const s of shown) {
        if (swept || !minutes.holds(mine)) break;
        if (s !== PLATFORM) minutesOf(s, settings, f);
        if (++n % PREPARE_BATCH === 0) await new Promise(setImmediate);
      }
      const index = await platform;
      // a failed thread leaves `*` to build(), which sweeps it here; a build of other settings meanwhile
      // replaced the minutes these belong with
      if (index && minutes.holds(mine)) {
        const partsOver = (fr: RangeFrame): ServiceParts => ({
          sweep: index,
          samples: records.samplesOf(PLATFORM, settings),
          observed: records.observedFor(PLATFORM, settings),
          stats: records.statsOf(PLATFORM, settings, fr.boundaries, fr.covered),
          recordsPerRun: () => records.perRunOf(PLATFORM, settings, index),
        });
        const m = serviceMinutes(PLATFORM, partsOver(f), f, options.listEpisodes, needsOf(settings, statusBars));
        const pf = f.previous?.frame;
        if (pf) m.previous = serviceMinutes(PLATFORM, partsOver(pf), pf, false, NO_NEEDS);
        mine.set(PLATFORM, m);
      }
    },
    build(given: Settings, now: number = Date.now()): ReportModel {
      const { model, services } = open(given, now);
      for (const r of services()) {
        model.months.push(...r.months);
        model.quarters.push(...r.quarters);
        model.years.push(...r.years);
        model.summary.push(r.summary);
        if (model.previous && r.previous) {
          model.previous.months.push(...r.previous.months);
          model.previous.quarters.push(...r.previous.quarters);
          model.previous.years.push(...r.previous.years);
          model.previous.summary.push(r.previous.all);
        }
      }
      return model;
    },
    stream: open,
    held: () => ({ minutes: minutes.size, ...records.held() }),
  };

  function open(given: Settings, now: number = Date.now()): ReportStream {
    const settings = withPresetRead(given, now);
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
    const short = shortRecordsDiagnostic(records.shortRecords(settings), settings.minOutageMinutes);
    if (short) own.push(short);
    if (own.length > 0) {
      model.diagnostics = [...input.diagnostics, ...own];
      model.diagnosticsTotal += own.length;
    }
    if (options.listEpisodes) model.episodes = [];
    const reference = f ? f.range.to : monthOfInstant(now, settings.reportTimeZone);
    model.nines = ninesTable(shown, settings, reference);
    // the commitments' notes come last, so a target change can replace them without the records (retarget.ts);
    // no diagnostic is added once the services' rows are being made
    if (!f) return { model: withCommitmentNotes(model), services: function* () {} };
    const { range } = f;
    for (let k = range.from; k <= range.to; k++) model.monthKeys.push(monthKey(k));
    if (!input.observed) {
      const first = records.firstStarts();
      const notes = lateServiceNotes(input.records, first, shown, settings.serviceStart, f.boundaries[0]!);
      const beyond = rangeBeyondLogNote(f.range, extent, settings.reportTimeZone);
      if (beyond) notes.push(beyond);
      model.diagnostics = [...model.diagnostics, ...notes];
      model.diagnosticsTotal += notes.length;
    }
    const { timelines, diagnostics } = composites.setupOf(settings, f);
    if (diagnostics.length) {
      model.diagnostics = [...model.diagnostics, ...diagnostics];
      model.diagnosticsTotal += diagnostics.length;
    }
    model.previous = f.previous && previousPeriodOf(f.previous, settings.period);
    withCommitmentNotes(model);
    return { model, services: () => serviceRowsOf(model, settings, f, timelines) };
  }

  /**
   * Each shown service's rows, made when asked for; the model's lists beside the rows (episodes, status bars,
   * rolling windows, alerts) fill as they go, and alerts are in time order once the last service is done.
   */
  function* serviceRowsOf(
    model: ReportModel,
    settings: Settings,
    f: RangeFrame,
    timelines: CompositeSetup['timelines'],
  ): Generator<ServiceRows> {
    const { range } = f;
    const long = (s: string, p: LongPeriod, m: PeriodMinutes): LongPeriodFigures => longRow(s, p, m, settings);
    // a composite row carries the product of its components' availabilities over the same period beside its own
    const naive = <R extends PeriodFigures>(s: string, row: R, pick: (m: ServiceMinutes) => PeriodMinutes): R => {
      const c = timelines.get(s);
      if (!c) return row;
      const availabilityOf = (x: string): number | null =>
        periodFigures(x, null, pick(minutesOf(x, settings, f)), settings, row.period, 1).availability;
      return Object.assign(row, { naiveAvailability: naiveAvailability(c.root, availabilityOf, timelines) });
    };
    const kept = minutes.at(compositeDeps(settings, f));
    const pf = f.previous?.frame;
    for (const s of model.services) {
      const m = minutesOf(s, settings, f);
      const months = m.months.map((pm, k) => {
        const key = model.monthKeys[k]!;
        return naive(s, periodFigures(s, key, pm, settings, key, 1), (x) => x.months[k]!);
      });
      const quarters = f.quarters.map((p, i) => naive(s, long(s, p, m.quarters[i]!), (x) => x.quarters[i]!));
      const years = f.years.map((p, i) => naive(s, long(s, p, m.years[i]!), (x) => x.years[i]!));
      const all = naive(s, long(s, { key: 'all', from: range.from, to: range.to }, m.all), (x) => x.all);
      sumLongerAmounts(settings.period, { months, quarters, years, all });
      const previous = model.previous && pf && m.previous ? periodRows(s, m.previous, pf, settings) : null;
      model.episodes?.push(...m.episodes);
      if (m.statusDays) model.statusDays.push(statusDays(s, f.statusDays, m.statusDays, settings));
      addReplays(model, s, m, f, settings);
      // a one-shot report reads each service's minutes once: held for every service, they were a third of
      // the report's memory with 200,000 services
      if (!retain) kept.delete(s);
      yield { service: s, months, quarters, years, summary: all, previous };
    }
    model.alerts.sort((a, b) => a.firedAt - b.firedAt);
  }
}

/** Services swept between looks at whether `*` is done: a look costs a turn of the event loop. */
const PREPARE_BATCH = 64;

/** The previous period's minutes need no rolling days or burn-rate steps: only its period figures are shown. */
const NO_NEEDS = { days: false, steps: false, statusDays: false } as const;
