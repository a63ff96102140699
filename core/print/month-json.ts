import type { PeriodFigures, ReportModel } from '../model/report-model';
import type { ServerSourceInfo } from '../model/import-result';

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
  'userMinutesLost',
  'userAvailability',
  'impact',
  'sampleAvailability',
] as const satisfies readonly (keyof PeriodFigures)[];

export type JsonRow = Pick<PeriodFigures, (typeof JSON_ROW_FIELDS)[number]>;

export interface ReportJson {
  source: { file: string; sha256: string; format: string; records: number; skipped: number; server?: ServerSourceInfo };
  settings: ReportModel['settings'];
  months: JsonRow[];
  summary: JsonRow[];
  diagnostics: { line: number; message: string }[];
}

function jsonRow(row: PeriodFigures): JsonRow {
  const out: Record<string, unknown> = {};
  for (const field of JSON_ROW_FIELDS) out[field] = field === 'month' ? row.month : row[field];
  return out as JsonRow;
}

/** SPEC 7's `--format json` object: exactly its keys, in its order, numbers unrounded. */
export function reportJson(model: ReportModel): ReportJson {
  const { file, sha256, format, records, skipped, server } = model.source;
  return {
    // a server's read adds what it asked (URL, query, PromQL) and received (bytes)
    source: { file, sha256, format, records, skipped, ...(server && { server }) },
    settings: model.settings,
    months: model.months.map(jsonRow),
    summary: model.summary.map((r) => jsonRow({ ...r, month: null })),
    diagnostics: model.diagnostics.map(({ line, message }) => ({ line, message })),
  };
}
