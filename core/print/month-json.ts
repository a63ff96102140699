import type {
  CreditCommitment,
  EpisodeRow,
  PeriodFigures,
  ReportModel,
  RollingSeries,
  StatusDays,
} from '../model/report-model';
import { PLATFORM } from '../compute/service-rows';
import type { ServerSourceInfo } from '../model/import-result';
import { kpiChanges, type KpiChanges } from '../report/kpi-changes';
import type { Settings } from '../model/settings';

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
  'creditAmount',
  'episodes',
  'mttrMinutes',
  'longestEpisodeMinutes',
  'mtbfMinutes',
  'noDataMinutes',
  'counts',
  'userMinutesLost',
  'userAvailability',
  'impact',
  'sampleAvailability',
  'period',
] as const satisfies readonly (keyof PeriodFigures)[];

export type JsonRow = Omit<
  Pick<PeriodFigures, (typeof JSON_ROW_FIELDS)[number] | 'naiveAvailability' | 'coveredMinutes'>,
  'period'
> & {
  period: string | null;
};

/** An episode as SPEC 7 writes it: instants as ISO 8601 UTC. */
export interface JsonEpisode extends Omit<EpisodeRow, 'start' | 'end'> {
  start: string;
  end: string;
}

export interface ReportJson {
  source: { file: string; sha256: string; format: string; records: number; skipped: number; server?: ServerSourceInfo };
  settings: ReportModel['settings'];
  months: JsonRow[];
  summary: JsonRow[];
  /** with `--episodes` only */
  episodes?: JsonEpisode[];
  /**
   * the money side of credits: the services' summed creditAmount over the range (`*` left out: it is the
   * platform's view, not a contract), and each service's tier commitment against its target
   */
  credits: { currency: string; totalAmount: number | null; commitments: CreditCommitment[] };
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
  /**
   * the previous-period comparison (issue 16, docs/spec.md 7): the period of equal length before the range and,
   * per service, each compared figure's value there and its change; null when the report has no range
   */
  previous: {
    from: string;
    to: string;
    covered: boolean;
    services: ({ service: string } & KpiChanges)[];
  } | null;
  /** with `--status-days` (issue 18 item 6): an addition after SPEC 7's keys */
  statusDays?: StatusDays[];
}

/** What a JSON report adds to SPEC 7's object when asked. */
export interface JsonExtras {
  statusDays?: boolean;
}

function jsonRow(row: PeriodFigures, period: string | null): JsonRow {
  const out: Record<string, unknown> = {};
  for (const field of JSON_ROW_FIELDS) {
    out[field] = field === 'period' ? period : field === 'counts' ? { ...row.counts } : row[field];
  }
  // composite rows only (issue 18 item 3): the product of the components' availabilities, beside the real one
  if (row.naiveAvailability !== undefined) out.naiveAvailability = row.naiveAvailability;
  // under a business-hours calendar only (docs/spec.md 5d): the period's covered minutes
  if (row.coveredMinutes !== undefined) out.coveredMinutes = row.coveredMinutes;
  return out as JsonRow;
}

/**
 * The rows of the SLA period (settings.period), "month" holding each one's first month (SPEC 7): of the model, or
 * of one service (a streamed report, report-json-chunks.ts).
 */
export function periodRows(
  period: Settings['period'],
  rows: Pick<ReportModel, 'months' | 'quarters' | 'years'>,
): JsonRow[] {
  if (period === 'month') return rows.months.map((r) => jsonRow(r, r.period));
  return (period === 'quarter' ? rows.quarters : rows.years).map((r) =>
    jsonRow({ ...r, month: r.fromMonth }, r.period),
  );
}

/** A summary row as SPEC 7 writes it: the whole range has no period key of its forms, so null, as its month. */
export const summaryRow = (r: PeriodFigures): JsonRow => jsonRow({ ...r, month: null }, null);

/** SPEC 7's `--format json` object: its keys in its order, numbers unrounded. */
export function reportJson(model: ReportModel, extras: JsonExtras = {}): ReportJson {
  return {
    source: jsonSource(model),
    settings: model.settings,
    months: periodRows(model.settings.period, model),
    summary: model.summary.map(summaryRow),
    ...reportJsonTail(model, extras),
  };
}

/** SPEC 7's `source`; a server's read adds what it asked (URL, query, PromQL) and received (bytes). */
export function jsonSource(model: ReportModel): ReportJson['source'] {
  const { file, sha256, format, records, skipped, server } = model.source;
  return { file, sha256, format, records, skipped, ...(server && { server }) };
}

/** The keys of reportJson after `summary`, in order: what a streamed report writes once every service is done. */
export function reportJsonTail(
  model: ReportModel,
  extras: JsonExtras = {},
): Omit<ReportJson, 'source' | 'settings' | 'months' | 'summary'> {
  let totalAmount: number | null = null;
  for (const r of model.summary) {
    if (r.service !== PLATFORM && r.creditAmount !== null) totalAmount = (totalAmount ?? 0) + r.creditAmount;
  }
  // each service's previous summary found once: a search per service was quadratic in services
  const previous = new Map(model.previous?.summary.map((r) => [r.service, r]));
  const before = (service: string): PeriodFigures | null => previous.get(service) ?? null;
  return {
    ...(model.episodes
      ? {
          episodes: model.episodes.map((e) => ({
            ...e,
            start: new Date(e.start).toISOString(),
            end: new Date(e.end).toISOString(),
          })),
        }
      : {}),
    credits: { currency: model.settings.currency, totalAmount, commitments: model.creditCommitments },
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
    previous: model.previous && {
      from: model.previous.from,
      to: model.previous.to,
      covered: model.previous.covered,
      services: model.summary.map((r) => ({ service: r.service, ...kpiChanges(r, before(r.service)) })),
    },
    ...(extras.statusDays && { statusDays: model.statusDays }),
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
