import { basename } from 'node:path';
import { importFile } from '../core/import';
import type { SecondCore } from '../core/import/source/parallel-read/status-log-halves';
import { DEFAULT_SETTINGS } from '../core/model/settings';
import type { ReportModel } from '../core/model/report-model';
import { buildReportOnCores } from '../core/report/index';
import type { PlatformSweeper } from '../core/compute/platform-sweep';
import type { FigureRow } from './figures';

/**
 * Incident rows the bench's report keeps: none, as `npm run sla -- report` does for its text formats
 * (core/cli/main.ts; only --pdf keeps PRINT_INCIDENT_LIMIT rows). The figures are the same either way.
 */
export const BENCH_MAX_INCIDENTS = 0;

/** The project's path, as the CLI runs it: import the file, then build the full report (default settings). */
export async function importAndReport(
  path: string,
  secondCore?: SecondCore,
  platformSweeper?: PlatformSweeper,
  /** incident rows to keep: none for the text formats, the print model's share for a PDF */
  maxIncidents = BENCH_MAX_INCIDENTS,
): Promise<{ rows: number; report: ReportModel }> {
  // as the CLI's text formats: no incident rows, so no ids or titles kept (core/cli/main.ts)
  const result = await importFile(path, {
    fileName: basename(path),
    settings: DEFAULT_SETTINGS.import,
    keepTexts: false,
    secondCore,
  });
  return {
    rows: result.source.rows,
    report: await buildReportOnCores(result, DEFAULT_SETTINGS, platformSweeper, undefined, {
      maxIncidents,
    }),
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
