/**
 * The import, off the main thread: one worker per job, started by import-host.ts with the job as workerData.
 * Cancelling terminates the worker, which frees everything the import held.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importFile, previewFile } from '@core/import';
import type { ImportResult } from '@core/model/import-result';
import type { LogPreview } from '../shared/ipc-contract';
import { PROGRESS_INTERVAL_MS, type ImportWorkerJob, type ImportWorkerMessage } from './import-worker-protocol';

function post(message: ImportWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/** The buffers behind the result's typed arrays, moved rather than copied to the main thread. */
function buffersOf(result: ImportResult): ArrayBuffer[] {
  const r = result.records;
  const views: ArrayBufferView[] = [r.start, r.end, r.service, r.severity, r.affected, r.region, r.open, r.line];
  for (const s of result.samples?.streams ?? []) views.push(s.up, s.all, s.maintenance);
  const buffers = new Set<ArrayBuffer>();
  for (const v of views) if (v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
  return [...buffers];
}

async function run(job: ImportWorkerJob): Promise<void> {
  if (job.kind === 'preview') {
    const p = await previewFile(job.path, { fileName: job.fileName, settings: job.settings });
    const preview: LogPreview = {
      columns: p.columns,
      rows: p.rows,
      shape: p.shape ?? null,
      format: p.format,
      mapping: p.mapping,
      problems: p.problems.map((x: string | { line: number; message: string }) =>
        typeof x === 'string' ? x : x.line > 0 ? `line ${x.line}: ${x.message}` : x.message,
      ),
    };
    post({ type: 'previewed', preview });
    return;
  }
  let last = 0;
  const result = await importFile(job.path, {
    fileName: job.fileName,
    settings: job.settings,
    onProgress: (progress) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      post({ type: 'progress', progress });
    },
  });
  post({
    type: 'progress',
    progress: { bytesRead: result.source.bytes, bytesTotal: result.source.bytes, rows: result.source.rows },
  });
  post({ type: 'imported', result }, buffersOf(result));
}

run(workerData as ImportWorkerJob).catch((error: unknown) => {
  const e = error as { name?: string; message?: string; line?: number };
  post({
    type: 'failed',
    error: {
      name: e?.name ?? 'Error',
      message: e?.message ?? String(error),
      line: typeof e?.line === 'number' ? e.line : 0,
    },
  });
});
