import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * sha256 of a file on the second core: a worker thread reads the file on its own (from the page cache the
 * import is filling) and hashes it while the import thread parses, which takes the hash (a few hundred ms
 * for a 500 MB log) off the import's critical path. The worker is plain JavaScript evaluated from this
 * string, so it runs the same from sources (tests), the CLI bundle and the Electron main process.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const hash = createHash('sha256');
const fd = openSync(workerData.path, 'r');
try {
  const buf = Buffer.allocUnsafe(1 << 20);
  for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) hash.update(buf.subarray(0, n));
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

/** Below this size a worker's start-up costs more than hashing inline. */
export const OFF_THREAD_HASH_MIN_BYTES = 16 * 1024 * 1024;

export interface FileHash {
  digest: Promise<string>;
  /** ends the worker (cancel, or the import failed) */
  stop(): void;
}

export function hashFileOffThread(path: string): FileHash {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path } });
  const digest = new Promise<string>((resolve, reject) => {
    worker.once('message', (hex: string) => resolve(hex));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the hashing thread stopped (exit ${code})`)));
  });
  // a stopped worker rejects a digest nobody waits for any more
  digest.catch(() => undefined);
  return { digest, stop: () => void worker.terminate() };
}

/** The same digest on this thread, chunk by chunk (small files, and chunk sources that are no file). */
export function inlineHash(): { update(chunk: Uint8Array): void; digest(): string } {
  const h = createHash('sha256');
  return { update: (c) => void h.update(c), digest: () => h.digest('hex') };
}
