import type { Diagnostic } from '../../../model/import-result';
import type { ImportSettings } from '../../../model/import-settings';
import type { BucketCounts } from '../../records/sample-buckets';

/**
 * A CSV status log read in two halves, one per core: the second half is the header line plus the rows after a
 * line end near the middle, read by a second thread into this plain, structured-clone-friendly summary, which
 * the first half's importer then takes in as if it had read those rows itself (status-rows.ts).
 *
 * Only status logs are read in halves. An interval log was measured (30 Nov, idle machine, 1M rows): its
 * import took 1.0-1.1 s on one thread and 1.0-1.08 s on two, with 22 MB more at the peak. Its one-thread
 * import already keeps the second core busy with V8's concurrent garbage collection and the hash, so a
 * second parser has no core to run on. A status log's import allocates almost nothing; once its rows were
 * matched in WebAssembly, two threads read it faster only with a third core for the hash
 * (second-core-thread.ts, SECOND_CORE_MIN_CORES).
 */

/** What the second thread reads: the file's bytes [start, end) after the header line. */
export interface HalfRequest {
  path: string;
  fileName: string;
  settings: ImportSettings;
  /** the file's first line (the header), BOM included, through its line feed */
  header: Uint8Array;
  start: number;
  end: number;
}

/** One stream's segments, as the second half left them (service/region: indexes of names). */
export interface HalfStream {
  service: number;
  region: number;
  n: number;
  first: Float64Array;
  last: Float64Array;
  code: Uint8Array;
  line: Int32Array;
  inOrder: boolean;
  /** its rows' instants (row-intervals.ts): how many, the first and last, the run-length-encoded intervals */
  rows: number;
  firstAt: number;
  lastAt: number;
  intervals: Float64Array;
  repeats: Float64Array;
}

/** One service's sample buckets, as the second half left them (service: index of its name, < 0: none). */
export interface HalfSamples extends BucketCounts {
  service: number;
}

/** The second half's summary: its rows' counts, diagnostics and names, and every stream it saw. */
export interface StatusHalf {
  /** data rows read, and those rejected */
  rows: number;
  rejected: number;
  samples: number;
  latest: number;
  /** line numbers count the header as line 1 */
  diagnostics: Diagnostic[];
  diagnosticsTotal: number;
  /** each unknown status word (lower case) and the line it was first seen on */
  unknownWords: [string, number][];
  services: string[];
  regions: string[];
  streams: HalfStream[];
  /** sample buckets by service, in order of first appearance */
  serviceSamples: HalfSamples[];
}

/** The other core: runs a half (usually a worker thread; tests may run it in-process). */
export interface SecondCore {
  /** the smallest log worth cutting in two */
  minBytes: number;
  run(
    request: HalfRequest,
    opts: { signal?: AbortSignal; onProgress?: (bytesRead: number, rows: number) => void },
  ): Promise<StatusHalf>;
}
