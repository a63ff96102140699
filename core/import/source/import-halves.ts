import type { ImportProgress, ImportResult } from '../../model/import-result';
import type { ImportOptions } from '../shape/import-options';
import type { LogImporter } from '../log-importer';
import { importBytes, throwIfCancelled } from './import-bytes';
import type { SplitPlan } from './parallel-read/split-plan';
import type { SecondCore } from './parallel-read/status-log-halves';
import { readChunks } from './read-chunks';

/**
 * A CSV status log read by two threads at once: this one reads [0, mid), the second core [mid, size) with the
 * header line in front, and this importer then takes in the second half's summary. When the second thread
 * fails, or the first half does not end with a whole row (a quoted field spans the cut), this thread reads
 * the second half itself: the records are the same either way.
 */
export async function importHalves(
  path: string,
  size: number,
  split: SplitPlan,
  second: SecondCore,
  opts: ImportOptions,
  sha256: Promise<string>,
): Promise<ImportResult> {
  const stop = new AbortController();
  const cancel = (): void => stop.abort();
  opts.signal?.addEventListener('abort', cancel, { once: true });
  // progress is the sum of both threads' until the second half is taken in
  let mine: ImportProgress = { bytesRead: 0, bytesTotal: size, rows: 0 };
  let theirs = { bytesRead: 0, rows: 0 };
  const report = opts.onProgress
    ? (): void =>
        opts.onProgress!({
          bytesRead: mine.bytesRead + theirs.bytesRead,
          bytesTotal: size,
          rows: mine.rows + theirs.rows,
        })
    : undefined;
  const request = {
    path,
    fileName: opts.fileName,
    settings: opts.settings,
    header: split.header,
    start: split.mid,
    end: size,
  };
  const half = second.run(request, {
    signal: stop.signal,
    onProgress: (bytesRead, rows) => {
      theirs = { bytesRead, rows };
      report?.();
    },
  });
  // awaited once the first half is read; a failure before then is handled there
  half.catch(() => undefined);
  const rest = async (importer: LogImporter): Promise<number> => {
    const summary = await half.catch(() => null);
    throwIfCancelled(opts);
    theirs = { bytesRead: 0, rows: 0 };
    if (summary && importer.absorbHalf(summary)) {
      // its counts are the importer's now: let the copies go before the report is built
      summary.streams.length = 0;
      return size - split.mid;
    }
    stop.abort();
    let n = 0;
    for await (const chunk of readChunks(path, opts.fileName, split.mid, size, true)) {
      throwIfCancelled(opts);
      importer.push(chunk);
      n += chunk.length;
    }
    return n;
  };
  try {
    return await importBytes(readChunks(path, opts.fileName, 0, split.mid, true), {
      ...opts,
      totalBytes: size,
      sha256,
      rest,
      onProgress: report && ((p) => ((mine = p), report())),
    });
  } finally {
    stop.abort();
    opts.signal?.removeEventListener('abort', cancel);
  }
}
