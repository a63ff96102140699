import type { ExportFormat } from '../shared/ipc-contract';
import { logStem } from '@core/report-file/log-stem';

/** The report as text, exactly as `sla report --format <format>` prints it for the same file and settings. */
export { reportText } from '@core/print/report-text';

export const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  'episodes-csv': { name: 'CSV', extensions: ['csv'] },
};

export const REPORT_FILE_FILTERS = [{ name: 'SLA report (JSON)', extensions: ['json'] }];
export const PNG_FILTERS = [{ name: 'PNG image', extensions: ['png'] }];

/** "outages.csv" -> "outages-sla-report.pdf"; the outage list: "outages-outage-list.csv" */
export function defaultExportName(logFileName: string, format: ExportFormat): string {
  const stem = logStem(logFileName);
  return format === 'episodes-csv' ? `${stem}-outage-list.csv` : `${stem}-sla-report.${format}`;
}
