import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputTargetError, writeFileAtomic } from '../../../core/io/write-file-atomic';

// issue 19 item 11: the one writer of reports, PDFs and settings files
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const posix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;

describe('writeFileAtomic keeps what is there', () => {
  it.runIf(posix)("keeps an existing file's mode (it used to become 0600)", async () => {
    const p = join(dir, 'report.md');
    writeFileSync(p, 'old');
    chmodSync(p, 0o640);
    await writeFileAtomic(p, 'new');
    expect(readFileSync(p, 'utf8')).toBe('new');
    expect(statSync(p).mode & 0o777).toBe(0o640);
  });

  it.runIf(posix)("gives a new file the umask's default mode", async () => {
    const p = join(dir, 'new.md');
    await writeFileAtomic(p, 'x');
    expect(statSync(p).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it.runIf(posix)('writes through a symbolic link to the file it names, and the link stays a link', async () => {
    const real = join(dir, 'real.md');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.md');
    symlinkSync('real.md', link);
    await writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.md');
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });

  it.runIf(posix)('creates the file a dangling link names', async () => {
    const link = join(dir, 'link.md');
    symlinkSync('later.md', link);
    await writeFileAtomic(link, 'x');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'later.md'), 'utf8')).toBe('x');
  });
});

describe('writeFileAtomic refuses', () => {
  it('a folder', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    await expect(writeFileAtomic(sub, 'x')).rejects.toThrow(`${sub}: is a folder, not a regular file`);
  });

  it.runIf(posix)('a FIFO, without opening it (that would wait for a reader)', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow(`${fifo}: is a pipe, not a regular file`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  // making a device node needs root; as root the old writer replaced /dev/null with a regular file
  it.runIf(posix && isRoot)('a device, which stays a device', async () => {
    const dev = join(dir, 'null');
    execFileSync('mknod', [dev, 'c', '1', '3']);
    await expect(writeFileAtomic(dev, 'x')).rejects.toThrow(`${dev}: is a device, not a regular file`);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it.runIf(posix)('one of its inputs, by any name: itself, a symlink, a hard link', async () => {
    const log = join(dir, 'log.csv');
    writeFileSync(log, 'start,end\n');
    const sym = join(dir, 'sym.csv');
    symlinkSync(log, sym);
    const hard = join(dir, 'hard.csv');
    linkSync(log, hard);
    for (const target of [log, sym, hard, join(dir, '.', 'log.csv')]) {
      const error = await writeFileAtomic(target, 'report', undefined, [log]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputTargetError);
      expect((error as Error).message).toBe(
        `${target}: is ${log}, which this report reads; name another file to write`,
      );
    }
    expect(readFileSync(log, 'utf8')).toBe('start,end\n');
    expect(lstatSync(sym).isSymbolicLink()).toBe(true);
  });

  it.runIf(posix)('a symlink loop, with a message', async () => {
    const a = join(dir, 'a');
    symlinkSync('b', a);
    symlinkSync('a', join(dir, 'b'));
    await expect(writeFileAtomic(a, 'x')).rejects.toThrow(`${a}: too many symbolic links`);
  });
});
