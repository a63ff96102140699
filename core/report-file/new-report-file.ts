import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { Settings } from '../model/settings';
import type { PrometheusQuery } from '../import/source/prometheus/prometheus-source';
import { logStem } from './log-stem';
import type { ReportFile } from './report-file';
import { withoutLogin } from '../import/source/prometheus/prometheus-client';

/**
 * The report file the app's File > Save report writes for an open log: its path relative to the report
 * file's folder (so the two can move together; absolute when no relative path exists, another Windows
 * drive), the settings in force, and a PDF, CSV and JSON beside it, named by period so a monthly `sla run`
 * keeps each month's files. A range preset the user chose is kept without the days it named today, so the file
 * says "last month" and `sla run` reads it on the day it runs.
 */
export function newReportFile(logPath: string, reportPath: string, settings: Settings): ReportFile {
  const rel = relative(dirname(reportPath), logPath);
  const source = { log: rel === '' || isAbsolute(rel) ? logPath : rel };
  return reportFileOf(source, logStem(basename(logPath)), settings);
}

/**
 * The same for a log read from a Prometheus server: its query, labels and limits, and its URL without a user or
 * password, which the app never stores (docs/security.md); a server that asks for one needs it added by hand.
 */
export function newServerReportFile(server: PrometheusQuery, settings: Settings): ReportFile {
  const source = {
    prometheus: {
      url: withoutLogin(server.url),
      query: server.query,
      serviceLabel: server.serviceLabel,
      regionLabel: server.regionLabel,
      timeoutSeconds: server.timeoutMs / 1000,
      maxSeries: server.maxSeries,
    },
  };
  return reportFileOf(source, 'prometheus', settings);
}

function reportFileOf(source: ReportFile['source'], stem: string, settings: Settings): ReportFile {
  return {
    kind: 'sla-report',
    version: 1,
    source,
    settings: settings.range.preset === undefined ? settings : { ...settings, range: presetOnly(settings.range) },
    outputs: [
      { format: 'pdf', file: `${stem}-sla-{period}.pdf` },
      { format: 'csv', file: `${stem}-sla-{period}.csv` },
      { format: 'json', file: `${stem}-sla-{period}.json` },
    ],
  };
}

const presetOnly = (range: Settings['range']): Settings['range'] => ({ from: null, to: null, preset: range.preset });
