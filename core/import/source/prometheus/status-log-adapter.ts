import type { ImportResult } from '../../../model/import-result';
import type { SampleCounts, SampleStream } from '../../../model/records';
import type { ImportSettings } from '../../../model/settings';
import { BUCKET_MS } from '../../records/sample-buckets';
import { importBytes } from '../file-source';

/** One stream of the status log a server gave: its service and region, and the samples fetched (time order). */
export interface ServerStream {
  service: string;
  region: string | null;
  times: number[];
  /** 1 up, anything else down */
  values: number[];
}

/** The sample counts the server made for one service (summed over its streams), per period. */
export interface ServiceCounts {
  service: string;
  all: Float64Array;
  up: Float64Array;
}

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The fetched samples as the CSV a file of them would be, a stream at a time, in time order. */
async function* statusCsv(streams: readonly ServerStream[], regions: boolean): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(regions ? 'timestamp,service,region,status\n' : 'timestamp,service,status\n');
  for (const s of streams) {
    const cells = regions ? `${quote(s.service)},${quote(s.region ?? '')}` : quote(s.service);
    const lines: string[] = [];
    for (let i = 0; i < s.times.length; i++) {
      lines.push(`${new Date(s.times[i]!).toISOString()},${cells},${s.values[i] === 1 ? 'up' : 'down'}\n`);
    }
    yield encoder.encode(lines.join(''));
  }
}

/**
 * The server's counts as the importer's sample counts (SPEC 2 sample availability): each period's counts in
 * the 15-minute bucket that starts its period (a period's start is on a bucket edge in every zone in use since
 * 1970, and the report sums buckets by the one they start in), so the report reads them as a file's.
 */
function sampleCounts(services: readonly ServiceCounts[], boundaries: Float64Array): SampleCounts {
  const origin = Math.floor(boundaries[0]! / BUCKET_MS) * BUCKET_MS;
  const length = Math.ceil((boundaries[boundaries.length - 1]! - origin) / BUCKET_MS);
  const streams: SampleStream[] = services.map((c) => {
    const s = {
      service: c.service.trim() === '*' ? null : c.service,
      up: new Uint32Array(length),
      all: new Uint32Array(length),
      maintenance: new Uint32Array(length),
    };
    for (let k = 0; k + 1 < boundaries.length; k++) {
      const bucket = Math.ceil((boundaries[k]! - origin) / BUCKET_MS);
      s.all[bucket]! += c.all[k]!;
      s.up[bucket]! += c.up[k]!;
    }
    return s;
  });
  return { origin, bucketMs: BUCKET_MS, streams };
}

/**
 * A server's status log through the same reduction a file takes (SPEC 2: runs of non-up samples per stream
 * become records): the samples it fetched, written as the CSV a file of them would be, read by the importer;
 * then the sample counts are the server's, which counted every sample, fetched or not. Exact because every
 * sample left on the server is an up sample between two fetched up samples of its stream, which starts and
 * ends no run.
 */
export async function importServerStreams(
  streams: readonly ServerStream[],
  counts: readonly ServiceCounts[],
  boundaries: Float64Array,
  settings: ImportSettings,
): Promise<ImportResult> {
  const regions = streams.some((s) => s.region !== null);
  const columns = regions
    ? { timestamp: 'timestamp', service: 'service', region: 'region', status: 'status' }
    : { timestamp: 'timestamp', service: 'service', status: 'status' };
  const imported = await importBytes(statusCsv(streams, regions), {
    fileName: 'prometheus.csv',
    // the user's words and mapping are for files; these cells are the adapter's own
    settings: { ...settings, dateFormat: null, columns, words: {} },
    keepTexts: false,
  });
  return { ...imported, samples: sampleCounts(counts, boundaries) };
}
