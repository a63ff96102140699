import type { ReportModel } from '@core/model/report-model';
import { reportCsv } from '@core/export/report-csv';
import { reportJson } from '@core/report';
import { reportMarkdown } from '@core/export/report-markdown';
import type { ExportFormat } from '../shared/ipc-contract';

type TextFormat = Exclude<ExportFormat, 'pdf'>;

/** The report as text, exactly as `sla report --format <format>` prints it for the same file and settings. */
export function reportText(model: ReportModel, format: TextFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reportJson(model), null, 2) + '\n';
    case 'csv':
      return reportCsv(model);
    case 'md':
      return reportMarkdown(model, model.settings.report.language);
  }
}

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
