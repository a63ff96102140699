import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { Settings } from '../model/settings';
import { logStem } from './log-stem';
import type { ReportFile } from './report-file';

/**
 * The report file the app's File > Save report writes for an open log: its path relative to the report
 * file's folder (so the two can move together; absolute when no relative path exists, another Windows
 * drive), the settings in force, and a PDF, CSV and JSON beside it, named by period so a monthly `sla run`
 * keeps each month's files. A range preset the user chose is kept without the days it named today, so the file
 * says "last month" and `sla run` reads it on the day it runs.
 */
export function newReportFile(logPath: string, reportPath: string, settings: Settings): ReportFile {
  const rel = relative(dirname(reportPath), logPath);
  const stem = logStem(basename(logPath));
  return {
    kind: 'sla-report',
    version: 1,
    source: { log: rel === '' || isAbsolute(rel) ? logPath : rel },
    settings: settings.range.preset === undefined ? settings : { ...settings, range: presetOnly(settings.range) },
    outputs: [
      { format: 'pdf', file: `${stem}-sla-{period}.pdf` },
      { format: 'csv', file: `${stem}-sla-{period}.csv` },
      { format: 'json', file: `${stem}-sla-{period}.json` },
    ],
  };
}

const presetOnly = (range: Settings['range']): Settings['range'] => ({ from: null, to: null, preset: range.preset });
