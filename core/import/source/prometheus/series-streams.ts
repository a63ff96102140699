import { ImportError } from '../../../model/import-result';
import type { SeriesCounts } from './period-counts';
import type { ServerStream } from './status-log-adapter';

/** A series' labels as PromQL writes them, for messages. */
export function seriesName(metric: Record<string, string>): string {
  const labels = Object.entries(metric).filter(([k]) => k !== '__name__');
  return `{${labels.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}}`;
}

/**
 * The stream a series is (SPEC 2: a service, plus a region when present), checked: it has the labels that
 * name them, no other series is the same stream (`seen`: stream -> series already taken), and its values
 * are 0 or 1 in every period (1 up). Any failure is an ImportError naming the series.
 */
export function streamOf(
  c: SeriesCounts,
  serviceLabel: string,
  regionLabel: string | null,
  seen: Map<string, string>,
  query: string,
): ServerStream {
  const name = seriesName(c.metric);
  const service = c.metric[serviceLabel];
  if (service === undefined) {
    throw new ImportError(
      `series ${name} of ${query} has no label "${serviceLabel}" to name its service; choose one it has with --service-label`,
    );
  }
  const region = regionLabel === null ? null : c.metric[regionLabel];
  if (region === undefined) {
    throw new ImportError(
      `series ${name} of ${query} has no label "${regionLabel}" to name its region; choose one it has with --region-label`,
    );
  }
  for (let k = 0; k < c.count.length; k++) {
    if (c.count[k] === 0) continue;
    const min = c.min[k]!;
    const max = c.max[k]!;
    if (!(min === 0 || min === 1) || !(max === 0 || max === 1) || !Number.isInteger(c.up[k])) {
      throw new ImportError(
        `series ${name} of ${query} holds values other than 0 and 1 (from ${min} to ${max}); ` +
          'select a 0/1 series where 1 is up, such as probe_success or up',
      );
    }
  }
  const stream = JSON.stringify([service, region]);
  const other = seen.get(stream);
  if (other !== undefined) {
    throw new ImportError(
      `series ${other} and ${name} of ${query} are the same stream (${serviceLabel}=${JSON.stringify(service)}` +
        `${regionLabel === null ? '' : `, ${regionLabel}=${JSON.stringify(region)}`}); ` +
        'name a label that tells them apart with --region-label, or narrow the query',
    );
  }
  seen.set(stream, name);
  return { service, region, times: [], values: [], observed: [] };
}
