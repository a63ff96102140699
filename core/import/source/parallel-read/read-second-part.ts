import { readChunks } from '../read-chunks';
import { LogImporter } from '../../log-importer';
import type { HalfRequest, SecondCore, StatusHalf } from './status-log-halves';

const PROGRESS_INTERVAL_MS = 50;

/** Reads the second half of a status log (log-half.ts): the header line, then the bytes [start, end). */
export async function readHalf(
  request: HalfRequest,
  onProgress?: (bytesRead: number, rows: number) => void,
  signal?: AbortSignal,
): Promise<StatusHalf> {
  const importer = new LogImporter({ fileName: request.fileName, settings: request.settings });
  importer.push(request.header);
  let read = 0;
  let last = 0;
  for await (const chunk of readChunks(request.path, request.fileName, request.start, request.end, true)) {
    if (signal?.aborted) throw new Error('the second half was cancelled');
    importer.push(chunk);
    read += chunk.length;
    const now = Date.now();
    if (onProgress && now - last >= PROGRESS_INTERVAL_MS) {
      last = now;
      onProgress(read, importer.rows);
    }
  }
  return importer.half();
}

/**
 * The second half read on this same thread, after the first: no speed-up, the same records. Tests use it
 * to check the split and the merge on logs of any size without a worker entry.
 */
export function sameThreadSecondCore(minBytes = 0): SecondCore {
  return { minBytes, run: (request, opts) => readHalf(request, opts.onProgress, opts.signal) };
}
