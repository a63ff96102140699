import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { Settings } from '../model/settings';
import { logStem } from './log-stem';
import type { ReportFile } from './report-file';

/**
 * The report file the app's File > Save report writes for an open log: its path relative to the report
 * file's folder (so the two can move together; absolute when no relative path exists, another Windows
 * drive), the settings in force, and a PDF, CSV and JSON beside it, named by period so a monthly `sla run`
 * keeps each month's files.
 */
export function newReportFile(logPath: string, reportPath: string, settings: Settings): ReportFile {
  const rel = relative(dirname(reportPath), logPath);
  const stem = logStem(basename(logPath));
  return {
    kind: 'sla-report',
    version: 1,
    source: { log: rel === '' || isAbsolute(rel) ? logPath : rel },
    settings,
    outputs: [
      { format: 'pdf', file: `${stem}-sla-{period}.pdf` },
      { format: 'csv', file: `${stem}-sla-{period}.csv` },
      { format: 'json', file: `${stem}-sla-{period}.json` },
    ],
  };
}
