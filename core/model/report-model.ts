import type { Settings, MonthConvention, Period } from './settings';
import type { Diagnostic, SourceInfo } from './import-result';
import type { Severity } from './records';

/** Figures of one service over one period (SPEC 5). Minutes are plain numbers, ratios fractions. */
export interface PeriodFigures {
  /** `*` is the platform row */
  service: string;
  /** "YYYY-MM" for a month row; null for a longer period (see ReportModel.quarters/years/summary) */
  month: string | null;
  periodMinutes: number;
  eligibleMinutes: number;
  downtimeMinutes: number;
  availability: number | null;
  target: number;
  met: boolean | null;
  budgetMinutes: number;
  budgetRemainingMinutes: number;
  budgetConsumed: number | null;
  creditPercent: number;
  /** creditPercent of the fee for the period (the monthly fee times its months); null without a fee */
  creditAmount: number | null;
  episodes: number;
  /** mean episode length, or mean record length with settings.mttrBasis "record" */
  mttrMinutes: number | null;
  longestEpisodeMinutes: number;
  /** (eligible − downtime) / episodes; null without an episode */
  mtbfMinutes: number | null;
  /** time the service was not observed (SPEC 2, 5): neither up nor down, outside eligible time */
  noDataMinutes: number;
  /** records starting in the period, per severity (after the minimum outage) */
  counts: SeverityCounts;
  /** null until a user base is set (SPEC 4) */
  userMinutesLost: number | null;
  userAvailability: number | null;
  impact: Record<string, number>;
  sampleAvailability: number | null;
  /** "YYYY-MM", "YYYY-Qn", "YYYY", or "all" for the whole range */
  period: string;
  /**
   * composite services only (issue 18 item 3): the availability its components' figures would give if they
   * failed independently (a series multiplies them, a parallel multiplies unavailabilities); `availability`
   * is the one from the actual timelines
   */
  naiveAvailability?: number | null;
  /**
   * under a business-hours calendar only (docs/spec.md 5d): the period's covered minutes, of which eligible
   * time is the observed part outside maintenance
   */
  coveredMinutes?: number;
}

export type SeverityCounts = Record<Severity, number>;

/**
 * A service's credit tiers against its target (SPEC 4): the highest threshold is the availability the
 * tiers pay for. When it differs from the target a month can be "met" and still owe a credit (or miss the
 * target and owe nothing), and the report says so.
 */
export interface CreditCommitment {
  service: string;
  /** the tier table's name: a preset, or "custom" */
  tiers: string;
  /** the highest threshold, as a fraction (0.9999) */
  commitment: number;
  target: number;
  matchesTarget: boolean;
}

/** One episode (a maximal stretch where w > 0) of a service, for `--episodes`. */
export interface EpisodeRow {
  service: string;
  start: number;
  end: number;
  minutes: number;
  /** the most severe weighted severity active in it */
  severity: Severity;
  /** records of the service (and platform-wide ones) that make it up */
  records: number;
}

/** A longer period: a quarter ("2022-Q4"), a year ("2022") or the whole range ("all"). */
export interface LongPeriodFigures extends PeriodFigures {
  month: null;
  /** first and last month it covers, "YYYY-MM" */
  fromMonth: string;
  toMonth: string;
}

/** One record as the incident lists show it, with its share of impact. */
export interface IncidentRow {
  /** index into the imported RecordTable */
  index: number;
  start: number;
  end: number;
  /** null: platform-wide */
  service: string | null;
  severity: Severity;
  region: string | null;
  title: string | null;
  id: string | null;
  open: boolean;
  line: number;
  durationMinutes: number;
  /** f(r) of SPEC 5 */
  affectedShare: number;
  /** users x duration x f(r): the record alone, before overlaps are merged; null without a user base */
  userMinutes: number | null;
}

/** Allowed downtime for a target (SPEC 6), minutes. */
export interface AllowedDowntime {
  target: number;
  day: number;
  week: number;
  month: number;
  quarter: number;
  year: number;
  /** how month/quarter/year were measured, e.g. "calendar: November 2026 (30 d)" */
  convention: MonthConvention;
  monthDays: number;
  quarterDays: number;
  yearDays: number;
}

/** One day's trailing window (docs/spec.md 5a). */
export interface RollingDay {
  /** ms: the end of the day in the report zone, which is the window's (exclusive) end */
  end: number;
  availability: number | null;
  budgetRemainingMinutes: number;
}

/** A service's trailing N-day window at each day's end of the range (docs/spec.md 5a). */
export interface RollingSeries {
  service: string;
  windowDays: number;
  /** the lowest availability among the days, the earliest on a tie; null when no window had eligible time */
  worst: { end: number; availability: number } | null;
  days: RollingDay[];
}

/** One burn-rate alert as a replay of the log would have raised it (docs/spec.md 5b). Instants in ms. */
export interface BurnAlert {
  service: string;
  /** "14.4:1h:5m": burn rate, long window, short window */
  rule: string;
  firedAt: number;
  resolvedAt: number;
  /** start of the outage it fired in */
  episodeStart: number;
  /** firedAt − episodeStart, minutes */
  delayMinutes: number;
}

/** An outage no rule fired for (docs/spec.md 5b). */
export interface UncaughtOutage {
  service: string;
  episodeStart: number;
  minutes: number;
}

/** What colours a status-bar day: the worst thing seen that day (issue 18 item 6). */
export type StatusDayWorst = 'major' | 'partial' | 'degraded' | 'maintenance' | 'noData' | 'up';

export interface StatusDay {
  /** "YYYY-MM-DD" in the report time zone */
  date: string;
  worst: StatusDayWorst;
  downtimeMinutes: number;
  noDataMinutes: number;
  availability: number | null;
}

/** A service's status bar: its last days of the report range (at most 90), oldest first. */
export interface StatusDays {
  service: string;
  days: StatusDay[];
}

/**
 * The period of equal length just before the report's range (issue 16: "this quarter vs last"): as many whole
 * months before a range of whole months, else as many days. Its rows are built as the range's are.
 */
export interface PreviousPeriod {
  /** its first and last day, "YYYY-MM-DD", inclusive, in the report time zone */
  from: string;
  to: string;
  /** the SLA period of the settings, for the comparison's wording ("vs previous quarter") */
  period: Period;
  /**
   * false when the log does not reach back to it (it starts before the month of the data's earliest instant):
   * its rows are then empty and every previous figure is null (no data), never 0
   */
  covered: boolean;
  /** the same rows as the model's, over the previous period; composites have none (their timeline is the range's) */
  months: PeriodFigures[];
  quarters: LongPeriodFigures[];
  years: LongPeriodFigures[];
  summary: LongPeriodFigures[];
}

export interface ReportModel {
  source: SourceInfo;
  settings: Settings;
  /** `*` first, then the log's services sorted */
  services: string[];
  /** every month of the range, "YYYY-MM", in the report time zone */
  monthKeys: string[];
  /** SPEC 7 "months": sorted by service (`*` first) then month */
  months: PeriodFigures[];
  quarters: LongPeriodFigures[];
  years: LongPeriodFigures[];
  /** SPEC 7 "summary": one row per service over the whole range, month null */
  summary: LongPeriodFigures[];
  incidents: IncidentRow[];
  /** the import's diagnostics, then the report's own (line 0): dropped short records, credit commitments */
  diagnostics: Diagnostic[];
  diagnosticsTotal: number;
  /** every shown service that has credit tiers, with the availability its tiers pay for */
  creditCommitments: CreditCommitment[];
  /** every episode of the shown services inside the range, by service then start (only when asked for) */
  episodes?: EpisodeRow[];
  /** allowed downtime for each distinct target in use */
  nines: AllowedDowntime[];
  /** settings.rolling's windows per service, `*` first; empty without them */
  rolling: RollingSeries[];
  /** settings.burnRules replayed; empty without them */
  alerts: BurnAlert[];
  uncaught: UncaughtOutage[];
  /** one status bar per service shown, in `services` order */
  statusDays: StatusDays[];
  /** the period before the range, for the previous-period comparison; null when the report has no range */
  previous: PreviousPeriod | null;
  /** ms, for the report's "generated at" line */
  generatedAt: number;
}
