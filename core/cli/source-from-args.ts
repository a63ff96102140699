import { basename } from 'node:path';
import { FileSource, type LogSource } from '../import/source/log-source';
import { PROMETHEUS_DEFAULTS, PrometheusSource } from '../import/source/prometheus/prometheus-source';
import type { SecondCore } from '../import/source/parallel-read/status-log-halves';
import { UsageError } from './usage';
import type { ReportArgs } from './args';

function positive(flag: string, text: string, integer: boolean): number {
  const n = Number(text);
  if (text.trim() === '' || !(n > 0) || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} expects a positive ${integer ? 'whole number' : 'number'}, got "${text}"`);
  }
  return n;
}

/**
 * The log's source: the file named on the command line (or in a report file), or the server of --prometheus.
 * `keepTexts`: the outputs list incidents or outage records (the PDF, the outage list), so need their ids,
 * titles and lines.
 */
export function sourceFromArgs(
  args: Pick<ReportArgs, 'file' | 'prometheus'>,
  secondCore: SecondCore | undefined,
  keepTexts = false,
): LogSource {
  const p = args.prometheus;
  if (p === null) return new FileSource(args.file, basename(args.file), { keepTexts, secondCore });
  return new PrometheusSource({
    url: p.url,
    query: p.query,
    serviceLabel: p.serviceLabel ?? PROMETHEUS_DEFAULTS.serviceLabel,
    regionLabel: p.regionLabel === 'none' ? null : (p.regionLabel ?? PROMETHEUS_DEFAULTS.regionLabel),
    timeoutMs: p.timeout === null ? PROMETHEUS_DEFAULTS.timeoutMs : positive('--timeout', p.timeout, false) * 1000,
    maxSeries: p.maxSeries === null ? PROMETHEUS_DEFAULTS.maxSeries : positive('--max-series', p.maxSeries, true),
  });
}
