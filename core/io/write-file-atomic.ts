import * as nodeFs from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { textBatches } from './text-batches';

/** The file-system calls an atomic write makes; tests pass a variant whose rename fails. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

const realFs: AtomicWriteFs = { open: nodeFs.open, rename: nodeFs.rename, rm: nodeFs.rm };

/** An output path the writer refuses: the input itself, or something that is not a regular file. */
export class OutputTargetError extends Error {
  override readonly name = 'OutputTargetError';
}

/** Links followed before giving up, as the OS does (Linux's limit is 40). */
const MAX_LINKS = 40;

/**
 * The path a write to `path` should replace: a symbolic link is followed to its target (even one that does
 * not exist yet), so the link stays a link and the file it names gets the new content.
 */
async function followLinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let link: string;
    try {
      if (!(await nodeFs.lstat(current)).isSymbolicLink()) return current;
      link = await nodeFs.readlink(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw error;
    }
    current = resolve(dirname(current), link);
  }
  throw new OutputTargetError(`${path}: too many symbolic links`);
}

async function statOrNull(path: string): Promise<BigIntStats | null> {
  try {
    return await nodeFs.stat(path, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function kindOf(info: BigIntStats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/**
 * Where a write to `target` lands and what is there now, or an OutputTargetError when it must not be written:
 * when it is (after links) not a regular file, or the very file of one of `inputs` (same device and inode,
 * so a second name, a hard link, a symlink or another letter case on a case-insensitive disk is caught too).
 */
export async function checkOutputTarget(
  target: string,
  inputs: readonly string[] = [],
): Promise<{ path: string; existing: BigIntStats | null }> {
  const path = await followLinks(target);
  const existing = await statOrNull(path);
  if (existing === null) return { path, existing };
  if (!existing.isFile()) {
    throw new OutputTargetError(`${target}: is ${kindOf(existing)}, not a regular file; name a file to write`);
  }
  for (const input of inputs) {
    const info = await statOrNull(input);
    if (info !== null && info.dev === existing.dev && info.ino === existing.ino) {
      throw new OutputTargetError(`${target}: is ${input}, which this report reads; name another file to write`);
    }
  }
  return { path, existing };
}

/**
 * Writes `data` to `target` so that a reader (or a crash) sees either the old file or the new one, never a
 * partial one: the data goes to a temporary file in the same folder, is flushed to disk, then renamed over
 * the target. On any failure the temporary file is removed and the old file is left as it was.
 *
 * Never over one of `inputs`, never over anything but a regular file (a device, pipe or folder is an error),
 * through a symbolic link to the file it names (the link stays), and an existing file keeps its permissions
 * (a new one gets the umask's); see checkOutputTarget.
 */
export async function writeFileAtomic(
  target: string,
  /** the content, or text chunks written as they are made (a report too large to hold as one string) */
  data: string | Uint8Array | Iterable<string>,
  fs: AtomicWriteFs = realFs,
  inputs: readonly string[] = [],
): Promise<void> {
  const { path, existing } = await checkOutputTarget(target, inputs);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or reuse something already at the temporary name; 0o666 less the umask, as any new file
    const handle = await fs.open(temp, 'wx', 0o666);
    try {
      if (existing !== null) await keepOwnership(handle, existing);
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const batch of textBatches(data)) await handle.write(batch);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir, fs);
}

/** The replacement gets the old file's mode, and its owner when we may give it (root writing a user's file). */
async function keepOwnership(handle: nodeFs.FileHandle, old: BigIntStats): Promise<void> {
  await handle.chmod(Number(old.mode & 0o7777n));
  if (process.platform === 'win32' || process.getuid?.() !== 0) return;
  // best effort: a file system without owners (FAT, some network disks) refuses, and the data matters more
  await handle.chown(Number(old.uid), Number(old.gid)).catch(() => undefined);
}

/** Makes the rename itself durable. Not possible on Windows (directories cannot be opened): best effort. */
async function syncDirectory(dir: string, fs: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // some file systems refuse fsync on directories; the data itself is already flushed
  }
}
