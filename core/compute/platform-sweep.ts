import type { Weights } from './affected-share';
import { indexSweep, type SweepIndex } from './period-minutes';
import type { ServiceMajorTable } from './records-by-service';
import { platformRows } from './service-rows';
import { sweepService, type SweepScratch } from './sweep';

/**
 * What sweeping `*` needs: every record (the service-major table) and f(r) of each kind under the weights.
 * Plain data, so another thread can take it: the table's large columns are on shared memory when the table
 * was built for that (serviceMajorTable's `shared`), and are then read in place, not copied.
 */
export interface PlatformSweepJob {
  major: ServiceMajorTable;
  shares: Float64Array;
  weights: Weights;
  /** SweepOptions.minOutageMs */
  minOutageMs: number;
}

/** The sweep of `*` (SPEC 5: maintenance only from platform-wide records), indexed. */
export function sweepPlatform(job: PlatformSweepJob, scratch?: SweepScratch): SweepIndex {
  const { major, shares, weights, minOutageMs } = job;
  const sweep = sweepService(
    major.table,
    platformRows(major),
    // from the first service's row on, maintenance is one service's window: not the platform's
    { weights, shares, ignoreMaintenanceFrom: major.from[1]!, minOutageMs },
    scratch,
  );
  return indexSweep(sweep, weights);
}

/**
 * Sweeps `*` elsewhere (a worker thread: platform-sweep-thread.ts) while this thread sweeps the services: `*`
 * visits every record, as all the services together do, so a one-shot report of a large log takes about the
 * time of the larger half instead of both.
 */
export interface PlatformSweeper {
  /** the fewest records worth a thread's start-up and memory */
  minRecords: number;
  /** `job` is called once the thread is starting, so the two overlap */
  sweep(job: () => PlatformSweepJob): Promise<SweepIndex>;
}
