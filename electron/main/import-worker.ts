/**
 * The import, off the main thread: one worker per job, started by import-host.ts with the job as workerData.
 * Cancelling terminates the worker, which frees everything the import held.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importFile, previewFile } from '@core/import';
import { serveSecondHalf, threadSecondCore } from '@core/import/source/parallel-read/helper-thread';
import type { ImportResult } from '@core/model/import-result';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-worker-protocol';

function post(message: ImportWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/** The buffers behind the result's typed arrays, moved rather than copied to the main thread. */
function buffersOf(result: ImportResult): ArrayBuffer[] {
  const r = result.records;
  const { instants, kinds } = r;
  const views: ArrayBufferView[] = [instants.start, instants.end, r.service, r.kind];
  views.push(kinds.severity, kinds.affected, kinds.region, kinds.open);
  if (r.line) views.push(r.line);
  for (const s of result.samples?.streams ?? []) views.push(s.at, s.up, s.all, s.maintenance);
  for (const s of result.observed?.services ?? []) views.push(s.spans);
  const buffers = new Set<ArrayBuffer>();
  for (const v of views) if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
  return [...buffers];
}

async function run(job: ImportWorkerJob): Promise<void> {
  const options = { fileName: job.fileName, settings: job.settings };
  if (job.kind === 'preview') {
    post({ type: 'previewed', preview: await previewFile(job.path, options) });
    return;
  }
  // core/import reports about 20 times a second: each report goes straight on to the window
  const result = await importFile(job.path, {
    ...options,
    onProgress: (progress) => post({ type: 'progress', progress }),
    // a large status log is read in two halves when the machine has the cores: this same file serves the
    // second thread (below)
    secondCore: threadSecondCore(__filename),
  });
  post({ type: 'imported', result }, buffersOf(result));
}

if (!serveSecondHalf()) void start();

function start(): Promise<void> {
  return run(workerData as ImportWorkerJob).catch(onFailure);
}

function onFailure(error: unknown): void {
  const e = error as { name?: string; message?: string; line?: number };
  post({
    type: 'failed',
    error: {
      name: e?.name ?? 'Error',
      message: e?.message ?? String(error),
      line: typeof e?.line === 'number' ? e.line : 0,
    },
  });
}
