import type { CreditCommitment, EpisodeRow, PeriodFigures, ReportModel } from '../model/report-model';
import { PLATFORM } from '../compute/service-rows';

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

export type JsonRow = Omit<Pick<PeriodFigures, (typeof JSON_ROW_FIELDS)[number]>, 'period'> & { period: string | null };

/** An episode as SPEC 7 writes it: instants as ISO 8601 UTC. */
export interface JsonEpisode extends Omit<EpisodeRow, 'start' | 'end'> {
  start: string;
  end: string;
}

export interface ReportJson {
  source: { file: string; sha256: string; format: string; records: number; skipped: number };
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
  diagnostics: { line: number; message: string }[];
}

function jsonRow(row: PeriodFigures, period: string | null): JsonRow {
  const out: Record<string, unknown> = {};
  for (const field of JSON_ROW_FIELDS) {
    out[field] = field === 'period' ? period : field === 'counts' ? { ...row.counts } : row[field];
  }
  return out as JsonRow;
}

/** The rows of the SLA period (settings.period), "month" holding each one's first month (SPEC 7). */
function periodRows(model: ReportModel): JsonRow[] {
  const { period } = model.settings;
  if (period === 'month') return model.months.map((r) => jsonRow(r, r.period));
  const rows = period === 'quarter' ? model.quarters : model.years;
  return rows.map((r) => jsonRow({ ...r, month: r.fromMonth }, r.period));
}

/** SPEC 7's `--format json` object: its keys in its order, numbers unrounded. */
export function reportJson(model: ReportModel): ReportJson {
  const { file, sha256, format, records, skipped } = model.source;
  let totalAmount: number | null = null;
  for (const r of model.summary) {
    if (r.service !== PLATFORM && r.creditAmount !== null) totalAmount = (totalAmount ?? 0) + r.creditAmount;
  }
  return {
    source: { file, sha256, format, records, skipped },
    settings: model.settings,
    months: periodRows(model),
    // the whole range has no period key of SPEC 7's forms: null, as its month
    summary: model.summary.map((r) => jsonRow({ ...r, month: null }, null)),
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
    diagnostics: model.diagnostics.map(({ line, message }) => ({ line, message })),
  };
}
