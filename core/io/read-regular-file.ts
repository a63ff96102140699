import * as nodeFs from 'node:fs/promises';
import { constants } from 'node:fs';
import { clipText } from '../format/clip-text';

/** The one file-system call a bounded read makes; tests pass one that fails (EACCES as root, for example). */
export type OpenFile = (path: string, flags: number) => Promise<nodeFs.FileHandle>;

const openFile: OpenFile = (path, flags) => nodeFs.open(path, flags);

/** Why a file could not be read as a small regular file. */
export type UnreadableKind = 'missing' | 'unreadable' | 'not-a-file' | 'too-large';

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  constructor(
    readonly kind: UnreadableKind,
    message: string,
    /** the errno code when the OS refused (ENOENT, EACCES, EISDIR...) */
    readonly errno?: string,
  ) {
    super(message);
  }
}

// O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever, before fstat could refuse it.
// Windows has no such flag (and no FIFOs in the file namespace).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const plainCause = (code: string | undefined, e: unknown): string =>
  code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message);

/**
 * Reads a whole file that must be a regular file of at most `maxBytes`: opened once, checked on the open
 * handle (so a FIFO, a device such as /dev/urandom or a folder is refused before a byte is read, and a file
 * swapped after a check cannot slip in), and never read past `maxBytes` even if it grows meanwhile.
 * Messages describe the problem only; the caller names the file.
 */
export async function readRegularFile(path: string, maxBytes: number, open: OpenFile = openFile): Promise<Buffer> {
  let handle: nodeFs.FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableFileError('missing', 'no such file', code);
    // Windows opens no folder for reading: EISDIR there, EPERM sometimes
    if (code === 'EISDIR') throw new UnreadableFileError('not-a-file', 'is a folder, not a file', code);
    throw new UnreadableFileError('unreadable', `cannot be read (${plainCause(code, e)})`, code);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new UnreadableFileError('not-a-file', 'is a folder, not a file', 'EISDIR');
    if (!info.isFile()) throw new UnreadableFileError('not-a-file', 'is not a regular file (a pipe, socket or device)');
    if (info.size > maxBytes) {
      throw new UnreadableFileError('too-large', `is ${info.size} bytes, more than the ${maxBytes} allowed`);
    }
    // one byte more than fstat said tells a file that grew meanwhile from one read whole
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > info.size) throw new UnreadableFileError('unreadable', 'changed while it was being read');
    }
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UnreadableFileError('unreadable', `cannot be read (${plainCause(code, e)})`, code);
  } finally {
    await handle.close();
  }
}

/**
 * A small text file the user names (a settings file, an OpenSLO file), read as readRegularFile reads it, as
 * UTF-8 without a byte order mark. A file that cannot be read is thrown as `fail(kind, message)`: the message
 * names the file (`name`, clipped) and, for a file too large, says what it is too large to be (`what`).
 */
export async function readUserTextFile(
  path: string,
  name: string,
  limit: { maxBytes: number; what: string },
  fail: (kind: UnreadableKind, message: string) => Error,
  open?: OpenFile,
): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, limit.maxBytes, open);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    const tooLarge = e.kind === 'too-large' ? `: too large to be ${limit.what}` : '';
    throw fail(e.kind, `${clipText(name, 200)}: ${e.message}${tooLarge}`);
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}
