import type { PeriodFigures, ReportModel, RollingSeries } from '../model/report-model';

/** The row fields of SPEC 7, in its order. */
export const JSON_ROW_FIELDS = [
  'service',
  'month',
  'periodMinutes',
  'eligibleMinutes',
  'downtimeMinutes',
  'availability',
  'target',
  'met',
  'budgetMinutes',
  'budgetRemainingMinutes',
  'budgetConsumed',
  'creditPercent',
  'episodes',
  'mttrMinutes',
  'longestEpisodeMinutes',
  'noDataMinutes',
  'userMinutesLost',
  'userAvailability',
  'impact',
  'sampleAvailability',
] as const satisfies readonly (keyof PeriodFigures)[];

export type JsonRow = Pick<PeriodFigures, (typeof JSON_ROW_FIELDS)[number]>;

export interface ReportJson {
  source: { file: string; sha256: string; format: string; records: number; skipped: number };
  settings: ReportModel['settings'];
  months: JsonRow[];
  summary: JsonRow[];
  /** with rolling windows (docs/spec.md 5a) */
  rolling?: {
    service: string;
    windowDays: number;
    worst: { end: string; availability: number } | null;
    days: { end: string; availability: number | null; budgetRemainingMinutes: number }[];
  }[];
  /** with burn-rate rules (docs/spec.md 5b) */
  alerts?: {
    service: string;
    rule: string;
    firedAt: string;
    resolvedAt: string;
    episodeStart: string;
    delayMinutes: number;
  }[];
  uncaught?: { service: string; episodeStart: string; minutes: number }[];
  diagnostics: { line: number; message: string }[];
}

function jsonRow(row: PeriodFigures): JsonRow {
  const out: Record<string, unknown> = {};
  for (const field of JSON_ROW_FIELDS) out[field] = field === 'month' ? row.month : row[field];
  return out as JsonRow;
}

/** SPEC 7's `--format json` object: exactly its keys, in its order, numbers unrounded. */
export function reportJson(model: ReportModel): ReportJson {
  const { file, sha256, format, records, skipped } = model.source;
  return {
    source: { file, sha256, format, records, skipped },
    settings: model.settings,
    months: model.months.map(jsonRow),
    summary: model.summary.map((r) => jsonRow({ ...r, month: null })),
    ...(model.settings.rolling.length > 0 && { rolling: model.rolling.map(rollingJson) }),
    ...(model.settings.burnRules.length > 0 && {
      alerts: model.alerts.map((a) => ({
        service: a.service,
        rule: a.rule,
        firedAt: iso(a.firedAt),
        resolvedAt: iso(a.resolvedAt),
        episodeStart: iso(a.episodeStart),
        delayMinutes: a.delayMinutes,
      })),
      uncaught: model.uncaught.map((u) => ({
        service: u.service,
        episodeStart: iso(u.episodeStart),
        minutes: u.minutes,
      })),
    }),
    diagnostics: model.diagnostics.map(({ line, message }) => ({ line, message })),
  };
}

function rollingJson(r: RollingSeries): NonNullable<ReportJson['rolling']>[number] {
  return {
    service: r.service,
    windowDays: r.windowDays,
    worst: r.worst && { end: iso(r.worst.end), availability: r.worst.availability },
    days: r.days.map((d) => ({
      end: iso(d.end),
      availability: d.availability,
      budgetRemainingMinutes: d.budgetRemainingMinutes,
    })),
  };
}

/** SPEC 7: instants as ISO 8601 UTC. An instant from a root of a window integral keeps its fraction of a ms out. */
const iso = (ms: number): string => new Date(Math.round(ms)).toISOString();
