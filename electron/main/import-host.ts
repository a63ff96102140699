import { Worker } from 'node:worker_threads';
import { ImportError, type ImportProgress, type ImportResult } from '@core/model/import-result';
import type { ImportSettings } from '@core/model/settings';
import type { LogPreview } from '@core/import';
import { IpcFailure } from './ipc-failure';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-worker-protocol';

/**
 * Heap of one import worker. The record table of a 500 MB log (a few million rows) takes a few hundred MB;
 * 4 GB leaves room for the largest logs while a runaway input cannot take the app down with it.
 */
export const WORKER_HEAP_MB = 4096;

export interface ImportRequest {
  path: string;
  fileName: string;
  settings: ImportSettings;
}

export interface ImportHost {
  /**
   * Imports in a worker thread. One import per `owner` (a window): starting another cancels the first.
   * Rejects with IpcFailure('cancelled') when cancelled, ImportError for bad input.
   */
  run(owner: number, request: ImportRequest, onProgress: (progress: ImportProgress) => void): Promise<ImportResult>;
  preview(request: ImportRequest): Promise<LogPreview>;
  /** Cancels the running import of `owner`; false when none was running. */
  cancel(owner: number): boolean;
  /** Stops every worker (app quit). */
  dispose(): Promise<void>;
}

/** `workerPath`: the built import-worker.js (out/main/import-worker.js next to the main bundle); `heapMb`: heap cap per import. */
export function createImportHost(workerPath: string, heapMb: number = WORKER_HEAP_MB): ImportHost {
  const running = new Map<number, { worker: Worker; cancel: () => void }>();
  const all = new Set<Worker>();

  function start<T>(
    job: ImportWorkerJob,
    onMessage: (m: ImportWorkerMessage) => T | undefined,
    owner?: number,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // a heap cap: a log too large for memory ends this worker with a message, never the whole app
      const worker = new Worker(workerPath, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
      all.add(worker);
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        all.delete(worker);
        if (owner !== undefined && running.get(owner)?.worker === worker) running.delete(owner);
        outcome();
        // a finished worker has nothing left to do; terminating also frees its heap at once
        void worker.terminate();
      };
      if (owner !== undefined) {
        running.set(owner, {
          worker,
          cancel: () => finish(() => reject(new IpcFailure('cancelled', `Import of ${job.fileName} cancelled.`))),
        });
      }
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type === 'failed') {
          const { name, message: text, line } = message.error;
          finish(() => reject(name === 'ImportError' ? new ImportError(text, line) : new Error(text)));
          return;
        }
        const value = onMessage(message);
        if (value !== undefined) finish(() => resolve(value));
      });
      worker.on('error', (error: NodeJS.ErrnoException) =>
        finish(() =>
          reject(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new IpcFailure(
                  'import',
                  `${job.fileName} is too large to import: it needs more than ${heapMb} MB of memory.`,
                )
              : error,
          ),
        ),
      );
      worker.on('exit', (code) =>
        finish(() => reject(new Error(`The import of ${job.fileName} stopped unexpectedly (exit code ${code}).`))),
      );
    });
  }

  return {
    run(owner, request, onProgress) {
      running.get(owner)?.cancel();
      return start<ImportResult>(
        { kind: 'import', ...request },
        (m) => {
          if (m.type === 'progress') onProgress(m.progress);
          return m.type === 'imported' ? m.result : undefined;
        },
        owner,
      );
    },
    preview(request) {
      return start<LogPreview>({ kind: 'preview', ...request }, (m) =>
        m.type === 'previewed' ? m.preview : undefined,
      );
    },
    cancel(owner) {
      const job = running.get(owner);
      if (!job) return false;
      job.cancel();
      return true;
    },
    async dispose() {
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
      running.clear();
    },
  };
}
