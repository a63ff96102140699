import type { EpisodeRow, ReportModel } from '../model/report-model';
import { targetFor } from '../model/settings-lookup';
import type { Settings } from '../model/settings';
import { episodeRows } from '../compute/episode-rows';
import { recordsOver, type RecordStats } from '../compute/record-stats';
import { episodeStats, sumMonths, type PeriodMinutes, type SweepIndex } from '../compute/period-minutes';
import { sampleSums, type SamplePrefix } from '../compute/sample-totals';
import type { Observed } from '../compute/observed-spans';
import { dayPrefix, rollingSeries } from '../compute/rolling-windows';
import { coveredEpisodes, coveredPeriodMinutes, coveredSteps } from '../compute/covered-minutes';
import { downtimeSteps, replayBurnRules, type DowntimeSteps } from '../compute/burn-rate';
import { dayMinutes, type DayMinutes } from './status-days';
import type { LongPeriod, RangeFrame } from './range-frame';

/** One service's additive minutes over every period of a frame: what the figures are arithmetic on. */
export interface ServiceMinutes {
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
  /** the status bar's days (RangeFrame.statusDays), when asked for */
  statusDays: DayMinutes[] | null;
  /** the same minutes over the previous period (RangeFrame.previous), when the log covers it */
  previous: ServiceMinutes | null;
}

/** What a build needs beyond the period figures. */
export interface Needs {
  days: boolean;
  steps: boolean;
  statusDays: boolean;
}

/**
 * `statusDays`: whether the report's readers draw status bars. Ninety day objects per service were most of a
 * one-shot report's memory with 200,000 services, and the table never shows them (issue 19 item 3).
 */
export const needsOf = (settings: Settings, statusDays: boolean): Needs => ({
  days: settings.rolling.length > 0,
  steps: settings.burnRules.length > 0,
  statusDays,
});

/** Whether minutes built earlier lack what these settings need (rolling windows or rules asked for since). */
export const lacks = (m: ServiceMinutes, needs: Needs): boolean =>
  (needs.days && !m.days) || (needs.steps && !m.steps) || (needs.statusDays && !m.statusDays);

/** What serviceMinutes reads of one service: its sweep and the layers beside it. */
export interface ServiceParts {
  sweep: SweepIndex;
  samples: SamplePrefix | null;
  observed: Observed;
  stats: RecordStats;
  /** outage records per episode of the sweep (listed episodes only) */
  recordsPerRun: () => Int32Array;
}

/** The minutes of one service over the frame's periods: a few lookups per period in the sweep's running sums. */
export function serviceMinutes(
  service: string,
  parts: ServiceParts,
  f: RangeFrame,
  listEpisodes: boolean | undefined,
  needs: Needs,
): ServiceMinutes {
  const { sweep, samples, observed, stats } = parts;
  const b = f.boundaries;
  const first = f.range.from;
  const months: PeriodMinutes[] = [];
  const from = (a: number): number => Math.max(a, observed.from);
  for (let k = 0; k + 1 < b.length; k++) {
    const m = coveredPeriodMinutes(sweep, observed, f.covered, b[k]!, b[k + 1]!);
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
    const episodes =
      a >= b[j]!
        ? { episodes: 0, episodeMs: 0, longestEpisodeMs: 0 }
        : f.covered
          ? coveredEpisodes(sweep, f.covered, a, b[j]!)
          : episodeStats(sweep, a, b[j]!);
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
        ? dayPrefix(
            Array.from(f.days.subarray(1), (end, k) =>
              coveredPeriodMinutes(sweep, observed, f.covered, f.days![k]!, end),
            ),
          )
        : null,
    steps: needs.steps ? (f.covered ? coveredSteps(downtimeSteps(sweep), f.covered) : downtimeSteps(sweep)) : null,
    episodes: listEpisodes ? episodeRows(service, sweep, parts.recordsPerRun(), b[0]!, b[b.length - 1]!) : [],
    statusDays: needs.statusDays ? dayMinutes(sweep, observed, f.statusDays) : null,
    previous: null,
  };
}

/** The rolling windows and burn-rate alerts of one service (docs/spec.md 5a, 5b), when the settings ask. */
export function addReplays(
  model: ReportModel,
  service: string,
  m: ServiceMinutes,
  f: RangeFrame,
  settings: Settings,
): void {
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
