import { ImportError, type ImportResult } from '../../model/import-result';
import type { ImportOptions } from '../shape/import-options';
import { LogImporter } from '../log-importer';
import { inlineHash } from './file-hash';
import { checkExpansion, decompressed } from './gunzip-chunks';
import { fileError } from './read-chunks';

const PROGRESS_INTERVAL_MS = 50;

type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** The same engine over any chunk source (tests, a worker fed by the main process). */
export async function importBytes(
  chunks: Chunks,
  opts: ImportOptions & {
    totalBytes?: number;
    /** the sha256 of the bytes, computed elsewhere (importFile hashes large files on another thread) */
    sha256?: Promise<string>;
    /** the bytes after the chunks, read another way (a second thread): given to the importer, returns their count */
    rest?: (importer: LogImporter) => Promise<number>;
  },
): Promise<ImportResult> {
  const hash = opts.sha256 ? null : inlineHash();
  let read = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      throwIfCancelled(opts);
      hash?.update(chunk);
      read += chunk.length;
      yield chunk;
    }
  }
  let importer: LogImporter | null = null;
  let lastReport = 0;
  const report = (force: boolean): void => {
    if (!opts.onProgress) return;
    const now = Date.now();
    if (!force && now - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now;
    opts.onProgress({ bytesRead: read, bytesTotal: opts.totalBytes ?? read, rows: importer?.rows ?? 0 });
  };
  let inflated = 0;
  for await (const { chunk, compressed } of decompressed(counted(), opts.fileName)) {
    throwIfCancelled(opts);
    importer ??= new LogImporter({
      fileName: opts.fileName,
      settings: opts.settings,
      keepTexts: opts.keepTexts,
      compressed,
      expectedBytes: compressed ? undefined : opts.totalBytes,
    });
    if (compressed) {
      inflated += chunk.length;
      checkExpansion(inflated, read, opts.fileName);
    }
    importer.push(chunk);
    report(false);
  }
  throwIfCancelled(opts);
  if (importer === null) throw new ImportError(`${opts.fileName}: is empty`);
  if (opts.rest) read += await opts.rest(importer);
  const sha256 = hash ? hash.digest() : await hashOf(opts.sha256!, opts.fileName);
  throwIfCancelled(opts);
  const result = importer.finish({ sha256, bytes: read });
  report(true);
  return result;
}

async function hashOf(digest: Promise<string>, fileName: string): Promise<string> {
  try {
    return await digest;
  } catch (e) {
    throw fileError(e, fileName);
  }
}

/** Ends the import with the message the user reads once the signal is aborted. */
export function throwIfCancelled(opts: ImportOptions): void {
  if (opts.signal?.aborted) throw new ImportError(`${opts.fileName}: import cancelled`);
}
