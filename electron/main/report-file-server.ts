/**
 * File > Open report… of a report file whose source is a Prometheus server (`sla run` reads the same file): the
 * read File > Open from Prometheus makes, with the file's settings, labels, timeout and series limit.
 */
import type { Settings } from '@core/model/settings';
import { formatZodIssues } from '@core/model/zod-issues';
import { PROMETHEUS_DEFAULTS } from '@core/import/source/prometheus/prometheus-source';
import type { ReportFile } from '@core/report-file/report-file';
import { withPresetRead } from '@core/time/period-presets';
import { prometheusRequestSchema } from '../shared/prometheus-request';
import type { RegisteredLog } from './log-registry';
import { serverLog } from './server-logs';

type PrometheusSource = Extract<ReportFile['source'], { prometheus: unknown }>['prometheus'];

/**
 * The registry's entry for the file's server and the settings to open it under (a range preset read on the day
 * holding `now`), or why the file cannot be read: the server needs a range, as `sla run` does.
 */
export function reportFileServer(
  source: PrometheusSource,
  fileSettings: Settings,
  now: number,
): { log: RegisteredLog; settings: Settings } | string {
  const settings = withPresetRead(fileSettings, now);
  const { from, to } = settings.range;
  if (from === null || to === null)
    return 'source.prometheus needs the report range: settings.range.from and settings.range.to, or a range preset';
  const request = prometheusRequestSchema.safeParse({
    url: source.url,
    query: source.query,
    serviceLabel: source.serviceLabel ?? PROMETHEUS_DEFAULTS.serviceLabel,
    regionLabel: source.regionLabel === undefined ? PROMETHEUS_DEFAULTS.regionLabel : source.regionLabel,
    from,
    to,
  });
  if (!request.success) return `source.prometheus: ${formatZodIssues(request.error, { max: 5 })}`;
  const log = serverLog(request.data, settings);
  // the file's own limits over the dialog's defaults, as sla run reads them
  log.server = {
    ...log.server!,
    ...(source.timeoutSeconds !== undefined && { timeoutMs: source.timeoutSeconds * 1000 }),
    ...(source.maxSeries !== undefined && { maxSeries: source.maxSeries }),
  };
  return { log, settings };
}
