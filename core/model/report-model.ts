import type { Settings, MonthConvention } from './settings';
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
  episodes: number;
  mttrMinutes: number | null;
  longestEpisodeMinutes: number;
  /** time the service was not observed (SPEC 2, 5): neither up nor down, outside eligible time */
  noDataMinutes: number;
  userMinutesLost: number;
  userAvailability: number | null;
  impact: Record<string, number>;
  sampleAvailability: number | null;
  /**
   * composite services only (issue 18 item 3): the availability its components' figures would give if they
   * failed independently (a series multiplies them, a parallel multiplies unavailabilities); `availability`
   * is the one from the actual timelines
   */
  naiveAvailability?: number | null;
}

/** A longer period: a quarter ("2022-Q4"), a year ("2022") or the whole range ("all"). */
export interface LongPeriodFigures extends PeriodFigures {
  month: null;
  period: string;
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
  /** users x duration x f(r): the record alone, before overlaps are merged */
  userMinutes: number;
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
  diagnostics: Diagnostic[];
  diagnosticsTotal: number;
  /** allowed downtime for each distinct target in use */
  nines: AllowedDowntime[];
  /** ms, for the report's "generated at" line */
  generatedAt: number;
}
