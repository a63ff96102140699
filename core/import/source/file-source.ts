import { open, stat, type FileHandle } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { ImportError, type ImportProgress, type ImportResult } from '../../model/import-result';
import { isGzip } from './bytes';
import { hashFileOffThread, inlineHash, OFF_THREAD_HASH_MIN_BYTES } from './file-hash';
import type { ImportOptions, LogPreview } from '../shape/import-options';
import { PREVIEW_ROWS } from '../shape/import-options';
import { LogImporter } from '../log-importer';
import { copiesChunks, headPreview, probeAt } from './head-probe';
import { planSplit, type SplitPlan } from './parallel-read/split-plan';
import type { SecondCore } from './parallel-read/status-log-halves';

/**
 * Fixed read size: big enough to amortise the per-chunk work (1 MiB reads cost the file system a third less
 * than 256 KiB ones), small enough for frequent progress and a prompt cancel (a few ms of parsing each).
 */
const CHUNK_BYTES = 1024 * 1024;
const PROGRESS_INTERVAL_MS = 50;

type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

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

/** Runs `work` on the open file, closed afterwards; open errors as the user reads them. */
async function withFile<T>(path: string, fileName: string, work: (handle: FileHandle) => Promise<T>): Promise<T> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw fileError(e, fileName);
  }
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * A CSV status log read by two threads at once: this one reads [0, mid), the second core [mid, size) with the
 * header line in front, and this importer then takes in the second half's summary. When the second thread
 * fails, or the first half does not end with a whole row (a quoted field spans the cut), this thread reads
 * the second half itself: the records are the same either way.
 */
async function importHalves(
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

/** The chunks as they are, or gunzipped when the first one starts with the gzip magic bytes. */
async function* decompressed(
  source: AsyncIterable<Uint8Array>,
  fileName: string,
): AsyncGenerator<{ chunk: Uint8Array; compressed: boolean }> {
  const it = source[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) return;
  let head = first.value;
  // the gzip magic is two bytes, and a stream may hand them over one chunk at a time
  while (head.length < 2) {
    const more = await it.next();
    if (more.done) break;
    const joined = new Uint8Array(head.length + more.value.length);
    joined.set(head);
    joined.set(more.value, head.length);
    head = joined;
  }
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => {
      let sentHead = false;
      return {
        next: async () => (sentHead ? it.next() : ((sentHead = true), { done: false, value: head })),
        return: async () => (await it.return?.(), { done: true, value: undefined }),
      };
    },
  };
  if (!isGzip(head)) {
    for await (const chunk of rest) yield { chunk, compressed: false };
    return;
  }
  for await (const chunk of gunzip(rest, fileName)) yield { chunk, compressed: true };
}

/** Streams through zlib: compressed chunks are written as the inflated ones are read (back-pressure kept). */
async function* gunzip(source: AsyncIterable<Uint8Array>, fileName: string): AsyncGenerator<Uint8Array> {
  const z = createGunzip();
  let failure: unknown = null;
  const feeding = (async () => {
    try {
      for await (const c of source) {
        if (z.destroyed) break;
        if (!z.write(c)) await drainedOrClosed(z);
      }
      z.end();
    } catch (e) {
      failure = e;
      z.destroy();
    }
  })();
  try {
    for await (const d of z) yield d as Uint8Array;
  } catch (e) {
    if (failure) throw failure;
    throw new ImportError(`${fileName}: is not valid gzip (${(e as Error).message})`);
  }
  await feeding;
  if (failure) throw failure;
}

/**
 * Resolves when the stream drains or closes, taking both listeners off either way: racing two `once` promises
 * left the loser's listeners on the stream at every wait, and a large gzip log's import warned of a listener
 * leak (MaxListenersExceededWarning on stderr) after ten of them.
 */
export function drainedOrClosed(z: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      z.off('drain', done);
      z.off('close', done);
      resolve();
    };
    z.on('drain', done);
    z.on('close', done);
  });
}

/**
 * Real logs compress 5-50 fold; a file that inflates hundreds of times over is a gzip bomb meant to exhaust
 * memory or time. Checked once a little has been inflated, so small odd files still read.
 */
const MAX_EXPANSION = 200;
const EXPANSION_GRACE_BYTES = 64 * 1024 * 1024;

function checkExpansion(inflated: number, compressed: number, fileName: string): void {
  if (inflated > EXPANSION_GRACE_BYTES && inflated > MAX_EXPANSION * compressed) {
    throw new ImportError(
      `${fileName}: expands more than ${MAX_EXPANSION}-fold when decompressed ` +
        `(${Math.round(inflated / 1e6)} MB from ${(compressed / 1e6).toFixed(1)} MB of gzip): refusing a likely gzip bomb`,
    );
  }
}

async function checkFile(path: string, fileName: string): Promise<number> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new ImportError(`${fileName}: is a folder, not a log file`);
    // a FIFO or device would block or never end: only regular files are logs
    if (!s.isFile()) throw new ImportError(`${fileName}: is not a regular file (a pipe, socket or device)`);
    if (s.size === 0) throw new ImportError(`${fileName}: is empty`);
    return s.size;
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw fileError(e, fileName);
  }
}

/**
 * The file's bytes [start, end) in chunks of CHUNK_BYTES. `reuse`: two buffers take turns instead of a fresh
 * one per chunk, for a reader known to copy whatever it keeps (the CSV reader and both shapes' rows: the
 * carry, names, fast-lane runs, ids and titles are copies; gzip is never read this way, as zlib holds on to its input). A fresh
 * buffer per chunk lives until a collection, and a thread with tens of them waiting adds tens of MB.
 */
export async function* readChunks(
  path: string,
  fileName: string,
  start = 0,
  end = Infinity,
  reuse = false,
): AsyncGenerator<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw fileError(e, fileName);
  }
  // not zero-filled: only the bytes read are passed on
  const fresh = (): Uint8Array => new Uint8Array(Buffer.allocUnsafeSlow(CHUNK_BYTES).buffer, 0, CHUNK_BYTES);
  const turns = reuse ? [fresh(), fresh()] : null;
  // the next chunk is read while the caller works on this one: with one read at a time, a thread waited
  // for the disk (or the page cache's copy) about a sixth of a large import
  const readAt = async (at: number, k: number): Promise<Uint8Array> => {
    // a fresh buffer per chunk unless told otherwise: the engine may keep a reference to part of the last one
    const buf = turns ? turns[k & 1]! : fresh();
    try {
      const { bytesRead: n } = await handle.read(buf, 0, Math.min(CHUNK_BYTES, end - at), at);
      return n === CHUNK_BYTES ? buf : buf.subarray(0, n);
    } catch (e) {
      throw fileError(e, fileName);
    }
  };
  let next: Promise<Uint8Array> | null = start < end ? readAt(start, 0) : null;
  try {
    for (let at = start, k = 0; next !== null; k++) {
      const chunk = await next;
      next = null;
      if (chunk.length === 0) return;
      at += chunk.length;
      // its buffer is the one the caller finished with when it asked for this chunk
      if (at < end) next = readAt(at, k + 1);
      yield chunk;
    }
  } finally {
    // a read still going when the caller stops early ends unheard; close() waits for it by itself, and is
    // called at once: awaiting the read first moved the close past the failure message of the app's import
    // worker, which is terminated on that message, and a FileHandle closed in a terminating thread aborts
    // Node 20 (seen once in test/hostile/app-import.test.ts, which imports hostile logs in that worker)
    next?.catch(() => undefined);
    await handle.close();
  }
}

function fileError(e: unknown, fileName: string): ImportError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportError(`${fileName}: no such file`);
  if (code === 'EISDIR') return new ImportError(`${fileName}: is a folder, not a log file`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportError(`${fileName}: cannot be read (permission denied)`);
  return new ImportError(`${fileName}: cannot be read (${(e as Error).message})`);
}

async function hashOf(digest: Promise<string>, fileName: string): Promise<string> {
  try {
    return await digest;
  } catch (e) {
    throw fileError(e, fileName);
  }
}

function throwIfCancelled(opts: ImportOptions): void {
  if (opts.signal?.aborted) throw new ImportError(`${opts.fileName}: import cancelled`);
}
