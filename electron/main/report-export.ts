import type { ExportFormat } from '../shared/ipc-contract';

/** The report as text, exactly as `sla report --format <format>` prints it for the same file and settings. */
export { reportText } from '@core/print/report-text';

export const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  md: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** "outages.csv" -> "outages-sla-report.pdf" */
export function defaultExportName(logFileName: string, format: ExportFormat): string {
  const stem = logFileName.replace(/\.(gz)$/i, '').replace(/\.[^.]+$/, '') || 'log';
  return `${stem}-sla-report.${format}`;
}
