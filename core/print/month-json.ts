import type { PeriodFigures, ReportModel } from '../model/report-model';

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

export type JsonRow = Pick<PeriodFigures, (typeof JSON_ROW_FIELDS)[number] | 'naiveAvailability'>;

export interface ReportJson {
  source: { file: string; sha256: string; format: string; records: number; skipped: number };
  settings: ReportModel['settings'];
  months: JsonRow[];
  summary: JsonRow[];
  diagnostics: { line: number; message: string }[];
}

function jsonRow(row: PeriodFigures): JsonRow {
  const out: Record<string, unknown> = {};
  for (const field of JSON_ROW_FIELDS) out[field] = field === 'month' ? row.month : row[field];
  // composite rows only (issue 18 item 3): the product of the components' availabilities, beside the real one
  if (row.naiveAvailability !== undefined) out.naiveAvailability = row.naiveAvailability;
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
    diagnostics: model.diagnostics.map(({ line, message }) => ({ line, message })),
  };
}
