import type { ReportModel } from '../model/report-model';
import { reportJson, type JsonExtras } from './month-json';
import { reportCsv } from './report-csv';
import { reportMarkdown } from './report-markdown';

export const TEXT_FORMATS = ['json', 'csv', 'md'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** The report as a file's text: what `sla report --format json|csv|md` prints and the app's Export writes. */
export function reportText(model: ReportModel, format: TextFormat, extras: JsonExtras = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(reportJson(model, extras), null, 2) + '\n';
    case 'csv':
      return reportCsv(model);
    case 'md':
      return reportMarkdown(model, model.settings.report.language);
  }
}
