import type { PeriodFigures, ReportModel } from '../model/report-model';

/** One row of SPEC 7's "months"/"summary", its fields in SPEC order (full double precision, nothing rounded). */
export interface JsonRow {
  service: string;
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
  userMinutesLost: number;
  userAvailability: number | null;
  impact: Record<string, number>;
  sampleAvailability: number | null;
}

export interface ReportJson {
  source: { file: string; sha256: string; format: string; records: number; skipped: number };
  settings: ReportModel['settings'];
  months: JsonRow[];
  summary: JsonRow[];
  diagnostics: { line: number; message: string }[];
}

function row(f: PeriodFigures, month: string | null): JsonRow {
  return {
    service: f.service,
    month,
    periodMinutes: f.periodMinutes,
    eligibleMinutes: f.eligibleMinutes,
    downtimeMinutes: f.downtimeMinutes,
    availability: f.availability,
    target: f.target,
    met: f.met,
    budgetMinutes: f.budgetMinutes,
    budgetRemainingMinutes: f.budgetRemainingMinutes,
    budgetConsumed: f.budgetConsumed,
    creditPercent: f.creditPercent,
    episodes: f.episodes,
    mttrMinutes: f.mttrMinutes,
    longestEpisodeMinutes: f.longestEpisodeMinutes,
    userMinutesLost: f.userMinutesLost,
    userAvailability: f.userAvailability,
    impact: { ...f.impact },
    sampleAvailability: f.sampleAvailability,
  };
}

/** SPEC 7's `--format json` object: what the CLI prints and the app's Export JSON writes. */
export function reportJson(model: ReportModel): ReportJson {
  const { file, sha256, format, records, skipped } = model.source;
  return {
    source: { file, sha256, format, records, skipped },
    settings: model.settings,
    months: model.months.map((m) => row(m, m.month)),
    summary: model.summary.map((s) => row(s, null)),
    diagnostics: model.diagnostics.map((d) => ({ line: d.line, message: d.message })),
  };
}
