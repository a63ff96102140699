import type { ImportResult } from '../../../model/import-result';
import type { SampleCounts, SampleStream } from '../../../model/records';
import type { ImportSettings } from '../../../model/import-settings';
import { BUCKET_MS } from '../../records/sample-buckets';
import { importBytes } from '../import-bytes';
import { unionOfSpans } from '../../../time/spans';

/** One stream of the status log a server gave: its service and region, and the samples fetched (time order). */
export interface ServerStream {
  service: string;
  region: string | null;
  times: number[];
  /** 1 up, anything else down */
  values: number[];
  /** [first, last] sample pairs of the months read from their two ends (no gap between them), ascending */
  observed: number[];
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
  const streams: SampleStream[] = services.map((c) => {
    const at: number[] = [];
    const up: number[] = [];
    const all: number[] = [];
    for (let k = 0; k + 1 < boundaries.length; k++) {
      if (c.all[k] === 0) continue;
      at.push(Math.ceil(boundaries[k]! / BUCKET_MS) * BUCKET_MS);
      up.push(c.up[k]!);
      all.push(c.all[k]!);
    }
    return {
      service: c.service.trim() === '*' ? null : c.service,
      at: Float64Array.from(at),
      up: Uint32Array.from(up),
      all: Uint32Array.from(all),
      maintenance: new Uint32Array(at.length),
    };
  });
  return { bucketMs: BUCKET_MS, streams };
}

/** A stream as the reduction's notes name it. */
const streamName = (s: ServerStream): string => (s.region === null ? s.service : `${s.service} (${s.region})`);

/**
 * Whether a note of the reduction names a gap that lies between the two ends of a month read from them: the
 * reduction sees a gap there that the server's samples do not have (their count showed none).
 */
function falseGap(message: string, streams: readonly ServerStream[]): boolean {
  const m = / longest gap .* between rows at (\S+) and (\S+);/.exec(message);
  if (m === null) return false;
  const a = Date.parse(m[1]!);
  const b = Date.parse(m[2]!);
  const s = streams.find((x) => message.startsWith(`${streamName(x)}: `));
  if (s === undefined) return false;
  for (let i = 0; i < s.observed.length; i += 2) if (a >= s.observed[i]! && b <= s.observed[i + 1]!) return true;
  return false;
}

/**
 * SPEC 2's observed time of the server's streams: what the fetched samples cover (the reduction's), and the
 * time between the first and last sample of each month read from its two ends, which its count shows to hold
 * no gap (evenlySampled). A note of the reduction naming a gap there is left out.
 */
function observedTime(
  imported: ImportResult,
  streams: readonly ServerStream[],
): Pick<ImportResult, 'observed' | 'diagnostics'> {
  const observed = imported.observed;
  if (observed === null) return { observed, diagnostics: imported.diagnostics };
  const services = observed.services.map((o) => {
    const own = streams.filter((s) => (s.service.trim() === '*' ? null : s.service) === o.service);
    return { service: o.service, spans: unionOfSpans([o.spans, ...own.map((s) => Float64Array.from(s.observed))]) };
  });
  const diagnostics = imported.diagnostics.filter((d) => !falseGap(d.message, streams));
  return { observed: { ...observed, services }, diagnostics };
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
  return { ...imported, samples: sampleCounts(counts, boundaries), ...observedTime(imported, streams) };
}
