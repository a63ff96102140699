import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SweepIndex } from './period-minutes';
import { sweepPlatform, type PlatformSweepJob, type PlatformSweeper } from './platform-sweep';
import { SweepScratch } from './sweep';

const ROLE = 'sla-platform-sweep';

/**
 * Below this many records the sweep of `*` takes less than a thread's start-up (loading the bundle, about
 * 50 ms) and its 10 MB.
 */
export const PLATFORM_SWEEP_MIN_RECORDS = 200_000;

type SweepMessage = { type: 'done'; index: SweepIndex } | { type: 'failed'; message: string };

/** The worker's bundle, built beside the CLI's and the bench's (scripts/build-cli.mjs). */
export const PLATFORM_SWEEP_BUNDLE = 'platform-sweep.js';

/**
 * `*` swept on a worker thread, or undefined on one core or without the worker's bundle. `entryFile`: a
 * bundle whose first act is servePlatformSweep() (platform-sweep-entry.ts).
 */
export function threadPlatformSweep(entryFile: string, cores = availableParallelism()): PlatformSweeper | undefined {
  if (cores < 2 || !existsSync(entryFile)) return undefined;
  return {
    minRecords: PLATFORM_SWEEP_MIN_RECORDS,
    sweep: (job) =>
      new Promise<SweepIndex>((resolve, reject) => {
        // started before the job is made, so the thread loads while this one builds the grouped copy
        const worker = new Worker(entryFile, {
          workerData: { role: ROLE },
          resourceLimits: { maxYoungGenerationSizeMb: 2 },
        });
        try {
          worker.postMessage(job());
        } catch (e) {
          void worker.terminate();
          throw e;
        }
        worker.once('message', (m: SweepMessage) => {
          if (m.type === 'done') resolve(m.index);
          else reject(new Error(m.message));
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the platform sweep thread stopped (exit ${code})`)));
      }),
  };
}

/**
 * In a worker started by threadPlatformSweep: sweeps `*`, posts the index (its arrays moved, not copied) and
 * returns true. Anywhere else returns false at once.
 */
export function servePlatformSweep(): boolean {
  const data = workerData as { role?: unknown } | null;
  if (isMainThread || data?.role !== ROLE || !parentPort) return false;
  const port = parentPort;
  port.once('message', (job: PlatformSweepJob) => {
    let message: SweepMessage;
    let transfer: ArrayBuffer[] = [];
    try {
      // swept into working memory whose buffers are then moved as they are, not copied to their length
      const index = sweepPlatform(job, new SweepScratch());
      message = { type: 'done', index };
      transfer = buffersOf(index);
    } catch (e) {
      message = { type: 'failed', message: (e as Error)?.message ?? String(e) };
    }
    port.postMessage(message, transfer);
  });
  return true;
}

function buffersOf(index: SweepIndex): ArrayBuffer[] {
  const { sweep } = index;
  const views = [sweep.times, sweep.mask, sweep.share, sweep.runStart, sweep.runEnd];
  views.push(index.weightOf, index.sums, index.episodeLength, index.episodeLongest);
  // the segment columns are views into the sweep's scratch: one buffer may back several
  return [...new Set(views.map((v) => v.buffer).filter((b) => b instanceof ArrayBuffer))];
}
