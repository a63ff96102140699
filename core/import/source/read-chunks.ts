import { open, stat, type FileHandle } from 'node:fs/promises';
import { ImportError } from '../../model/import-result';

/**
 * Fixed read size: big enough to amortise the per-chunk work (1 MiB reads cost the file system a third less
 * than 256 KiB ones), small enough for frequent progress and a prompt cancel (a few ms of parsing each).
 */
const CHUNK_BYTES = 1024 * 1024;

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

/** Runs `work` on the open file, closed afterwards; open errors as the user reads them. */
export async function withFile<T>(
  path: string,
  fileName: string,
  work: (handle: FileHandle) => Promise<T>,
): Promise<T> {
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

/** The file's size; refuses what is no log file (a folder, a pipe or device, an empty file). */
export async function checkFile(path: string, fileName: string): Promise<number> {
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

/** A file system error as the user reads it. */
export function fileError(e: unknown, fileName: string): ImportError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportError(`${fileName}: no such file`);
  if (code === 'EISDIR') return new ImportError(`${fileName}: is a folder, not a log file`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportError(`${fileName}: cannot be read (permission denied)`);
  return new ImportError(`${fileName}: cannot be read (${(e as Error).message})`);
}
