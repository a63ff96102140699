import { createGunzip } from 'node:zlib';
import { ImportError } from '../../model/import-result';
import { isGzip } from './bytes';

/** The chunks as they are, or gunzipped when the first one starts with the gzip magic bytes. */
export async function* decompressed(
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

export function checkExpansion(inflated: number, compressed: number, fileName: string): void {
  if (inflated > EXPANSION_GRACE_BYTES && inflated > MAX_EXPANSION * compressed) {
    throw new ImportError(
      `${fileName}: expands more than ${MAX_EXPANSION}-fold when decompressed ` +
        `(${Math.round(inflated / 1e6)} MB from ${(compressed / 1e6).toFixed(1)} MB of gzip): refusing a likely gzip bomb`,
    );
  }
}
