/**
 * A log read from the user's Prometheus server (File > Open from Prometheus), as the registry and the engines
 * hold it: no file, so its `path` is a stable name for its remembered settings, and its engine reads the server.
 */
import { createHash } from 'node:crypto';
import type { Settings } from '@core/model/settings';
import { PROMETHEUS_DEFAULTS, type PrometheusQuery } from '@core/import/source/prometheus/prometheus-source';
import { shownUrl } from '@core/import/source/prometheus/prometheus-client';
import type { PrometheusRequest } from '../shared/prometheus-request';
import type { RegisteredLog } from './log-registry';

/** Test connection waits less than a read: it asks two small questions, and someone is watching the button. */
export const TEST_TIMEOUT_MS = 15_000;

/** The source's query for the dialog's values; the app reads at most PROMETHEUS_DEFAULTS.maxSeries series. */
export function prometheusQuery(request: PrometheusRequest, timeoutMs: number = PROMETHEUS_DEFAULTS.timeoutMs) {
  return {
    url: request.url,
    query: request.query,
    serviceLabel: request.serviceLabel,
    regionLabel: request.regionLabel,
    timeoutMs,
    maxSeries: PROMETHEUS_DEFAULTS.maxSeries,
  } satisfies PrometheusQuery;
}

/**
 * The key its settings are remembered under: the server (without a login) and the query, hashed. Shaped as an
 * absolute path so the settings store keys it as it keys a file, and it can never name a file the user has.
 */
export function serverSettingsPath(request: PrometheusRequest): string {
  const hash = createHash('sha256')
    .update(`${shownUrl(request.url)}\n${request.query}`)
    .digest('hex');
  return `/prometheus/${hash}`;
}

/** What the window's header, messages and progress call it: the query and the server, its login left out. */
export function serverLogName(request: PrometheusRequest): string {
  return `${request.query} @ ${shownUrl(request.url)}`;
}

/** The registry's entry for a read of `request` under `settings` (their zone, the dialog's months). */
export function serverLog(request: PrometheusRequest, settings: Settings): RegisteredLog {
  return {
    path: serverSettingsPath(request),
    fileName: serverLogName(request),
    bundled: false,
    server: {
      ...prometheusQuery(request),
      range: settings.range,
      reportTimeZone: settings.reportTimeZone,
    },
  };
}
