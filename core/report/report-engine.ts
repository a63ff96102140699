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
import { codeUnitOrder, PLATFORM } from '../compute/service-rows';
import { naiveAvailability } from '../compute/composite-naive';
import { withCommitmentNotes } from './commitment-notes';
import { ninesTable } from './nines-table';
import { statusDays } from './status-days';
import { LayerCache } from './layer-cache';
import { dataExtent, frameDeps, rangeFrame, type LongPeriod, type RangeFrame } from './range-frame';
import { recordLayers } from './record-layers';
import { compositeDeps, compositeLayers } from './composite-layers';
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
    const needs = needsOf(settings);
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
      const platform = sweeper
        .sweep(() => ({ ...records.sweepInput(settings), weights: settings.weights, minOutageMs }))
        .catch(() => null);
      for (const s of shown) if (s !== PLATFORM) minutesOf(s, settings, f);
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
        const m = serviceMinutes(PLATFORM, partsOver(f), f, options.listEpisodes, needsOf(settings));
        const pf = f.previous?.frame;
        if (pf) m.previous = serviceMinutes(PLATFORM, partsOver(pf), pf, false, NO_NEEDS);
        mine.set(PLATFORM, m);
      }
    },
    build(given: Settings, now: number = Date.now()): ReportModel {
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
      // the commitments' notes come last, so a target change can replace them without the records (retarget.ts)
      if (!f) return withCommitmentNotes(model);
      const { range } = f;
      for (let k = range.from; k <= range.to; k++) model.monthKeys.push(monthKey(k));
      if (!input.observed) {
        const first = records.firstStarts();
        const notes = lateServiceNotes(input.records, first, shown, settings.serviceStart, f.boundaries[0]!);
        model.diagnostics = [...model.diagnostics, ...notes];
        model.diagnosticsTotal += notes.length;
      }
      const long = (s: string, p: LongPeriod, m: PeriodMinutes): LongPeriodFigures => longRow(s, p, m, settings);
      const { timelines, diagnostics } = composites.setupOf(settings, f);
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
      const kept = minutes.at(compositeDeps(settings, f));
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
        if (!retain) kept.delete(s);
      }
      model.alerts.sort((a, b) => a.firedAt - b.firedAt);
      return withCommitmentNotes(model);
    },
  };
}

/** The previous period's minutes need no rolling days or burn-rate steps: only its period figures are shown. */
const NO_NEEDS = { days: false, steps: false } as const;
