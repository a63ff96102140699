import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, resourceLimits, workerData } from 'node:worker_threads';
import { readHalf } from './read-second-part';
import type { HalfRequest, SecondCore, StatusHalf } from './status-log-halves';

/** Below this size a second thread's start-up (loading the bundle) and the merge cost more than they save. */
export const SECOND_CORE_MIN_BYTES = 32 * 1024 * 1024;

const ROLE = 'sla-status-second-half';

type HalfMessage =
  | { type: 'progress'; bytesRead: number; rows: number }
  | { type: 'done'; half: StatusHalf }
  | { type: 'failed'; message: string };

/**
 * Cores a split import needs: one per half, and one for the file's sha256 (file-hash.ts), which runs beside
 * the import whatever its shape.
 */
export const SECOND_CORE_MIN_CORES = 3;

/**
 * The second half on a worker thread, or undefined with fewer than SECOND_CORE_MIN_CORES cores: on two, the
 * second half shares its core with the hash, and once the status lane matched rows in WebAssembly the split
 * cost more than it saved (10M-row bench log, import + report, 8 alternating runs: median 998 ms split, 856 ms
 * on one thread; docs/performance.md). `entryFile` is the running bundle (the CLI, the bench, the app's
 * import worker): each calls serveSecondHalf() first thing, so the same file serves as the worker's entry in
 * every build without a fourth bundle.
 */
export function threadSecondCore(entryFile: string, cores = availableParallelism()): SecondCore | undefined {
  if (cores < SECOND_CORE_MIN_CORES) return undefined;
  return {
    minBytes: SECOND_CORE_MIN_BYTES,
    run: (request, { signal, onProgress }) =>
      new Promise<StatusHalf>((resolve, reject) => {
        // started from a thread with a heap cap (the app's import worker), the second half has the same cap
        const worker = new Worker(entryFile, {
          workerData: { role: ROLE, request },
          resourceLimits: isMainThread ? undefined : resourceLimits,
        });
        const stop = (): void => void worker.terminate();
        signal?.addEventListener('abort', stop, { once: true });
        worker.on('message', (m: HalfMessage) => {
          if (m.type === 'progress') onProgress?.(m.bytesRead, m.rows);
          else if (m.type === 'done') resolve(m.half);
          else reject(new Error(m.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          signal?.removeEventListener('abort', stop);
          reject(new Error(`the second import thread stopped (exit ${code})`));
        });
      }),
  };
}

/**
 * In a worker started by threadSecondCore: reads the half, posts it (its typed arrays moved, not copied) and
 * returns true. Anywhere else returns false at once.
 */
export function serveSecondHalf(): boolean {
  const data = workerData as { role?: unknown; request?: HalfRequest } | null;
  if (isMainThread || data?.role !== ROLE || !data.request || !parentPort) return false;
  const port = parentPort;
  const post = (m: HalfMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
  readHalf(data.request, (bytesRead, rows) => post({ type: 'progress', bytesRead, rows }))
    .then((half) => post({ type: 'done', half }, buffersOf(half)))
    .catch((e: unknown) => post({ type: 'failed', message: (e as Error)?.message ?? String(e) }));
  return true;
}

function buffersOf(half: StatusHalf): ArrayBuffer[] {
  const views: ArrayBufferView[] = [];
  for (const s of half.streams) views.push(s.first, s.last, s.code, s.line, s.intervals, s.repeats);
  for (const s of half.serviceSamples) views.push(s.bucket, s.up, s.all, s.maintenance);
  const out = new Set<ArrayBuffer>();
  for (const v of views) if (v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  return [...out];
}
