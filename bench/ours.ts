import { basename } from 'node:path';
import { importFile } from '../core/import';
import type { SecondCore } from '../core/import/log-half';
import { DEFAULT_SETTINGS } from '../core/model/settings';
import type { ReportModel } from '../core/model/report-model';
import { buildReport } from '../core/report';
import type { FigureRow } from './figures';

/**
 * Incident rows the bench's report keeps: none, as `npm run sla -- report` does for its text formats
 * (core/cli.ts; only --pdf keeps PRINT_INCIDENT_LIMIT rows). The figures are the same either way.
 */
export const BENCH_MAX_INCIDENTS = 0;

/** The project's path, as the CLI runs it: import the file, then build the full report (default settings). */
export async function importAndReport(
  path: string,
  secondCore?: SecondCore,
): Promise<{ rows: number; report: ReportModel }> {
  // as the CLI's text formats: no incident rows, so no ids or titles kept (core/cli.ts)
  const result = await importFile(path, {
    fileName: basename(path),
    settings: DEFAULT_SETTINGS.import,
    keepTexts: false,
    secondCore,
  });
  return {
    rows: result.source.rows,
    report: buildReport(result, DEFAULT_SETTINGS, undefined, { maxIncidents: BENCH_MAX_INCIDENTS }),
  };
}

export function monthFigures(report: ReportModel): FigureRow[] {
  return report.months.map((m) => ({
    service: m.service,
    month: m.month!,
    downtimeMinutes: m.downtimeMinutes,
    eligibleMinutes: m.eligibleMinutes,
    sampleAvailability: m.sampleAvailability,
  }));
}
