import { ImportError, type ImportResult } from '../../model/import-result';
import type { ImportOptions, LogPreview } from '../shape/import-options';
import { PREVIEW_ROWS } from '../shape/import-options';
import { LogImporter } from '../log-importer';
import { hashFileOffThread, OFF_THREAD_HASH_MIN_BYTES } from './file-hash';
import { decompressed } from './gunzip-chunks';
import { copiesChunks, headPreview, probeAt } from './head-probe';
import { importBytes, throwIfCancelled } from './import-bytes';
import { importHalves } from './import-halves';
import { planSplit } from './parallel-read/split-plan';
import { checkFile, readChunks, withFile } from './read-chunks';

/**
 * Imports a log file: streams it in fixed-size chunks, gunzips when it starts with the gzip magic bytes,
 * hashes the bytes as stored (sha256), reports progress and stops on the signal.
 */
export async function importFile(path: string, opts: ImportOptions): Promise<ImportResult> {
  const size = await checkFile(path, opts.fileName);
  const second = opts.secondCore;
  const large = size >= OFF_THREAD_HASH_MIN_BYTES;
  if (!large && !(second && size >= second.minBytes))
    return importBytes(readChunks(path, opts.fileName), { ...opts, totalBytes: size });
  // what the log's head shows decides how it is read
  const { preview, split } = await withFile(path, opts.fileName, async (handle) => {
    const head = await probeAt(handle, 0);
    const preview = headPreview(head, opts);
    return { preview, split: second ? await planSplit(handle, head, preview, size, second.minBytes) : null };
  });
  if (!large && !split) return importBytes(readChunks(path, opts.fileName), { ...opts, totalBytes: size });
  const hash = hashFileOffThread(path);
  try {
    if (second && split) return await importHalves(path, size, split, second, opts, hash.digest);
    // two buffers take turns when the reader copies what it keeps: a fresh one per chunk was garbage enough to
    // hold tens of MB until a collection (about 50 MB of a 10M-row status import)
    const reuse = copiesChunks(preview);
    return await importBytes(readChunks(path, opts.fileName, 0, Infinity, reuse), {
      ...opts,
      totalBytes: size,
      sha256: hash.digest,
    });
  } finally {
    hash.stop();
  }
}

/** The first rows of a log, its columns and the mapping the importer would choose. */
export async function previewFile(path: string, opts: ImportOptions): Promise<LogPreview> {
  await checkFile(path, opts.fileName);
  let importer: LogImporter | null = null;
  for await (const { chunk, compressed } of decompressed(readChunks(path, opts.fileName), opts.fileName)) {
    throwIfCancelled(opts);
    importer ??= new LogImporter({ ...opts, compressed, previewRows: PREVIEW_ROWS });
    importer.push(chunk);
    if (importer.done) break;
  }
  if (importer === null) throw new ImportError(`${opts.fileName}: is empty`);
  return importer.preview();
}
