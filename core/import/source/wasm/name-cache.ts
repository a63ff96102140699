import { copyBytes } from '../bytes';
import type { ChunkInstance } from './chunk-instance';
import { SPLITTER_MEMORY as M } from './row-splitter-module';

/**
 * The JavaScript side of the splitter's name caches (row-splitter.wat): after a consumer has turned a name
 * cell into an id the slow way, it tells the cache, so the splitter hands the id over for the next rows
 * with the same bytes. The consumer's interner stays the only source of ids; the cache only remembers them.
 */
export class NameCache {
  constructor(private readonly wasm: ChunkInstance<object>) {}

  /** Name column `column` (0..2) spells `id` as buf[start, end), trimmed already (RowContext.span). */
  teach(column: number, buf: Uint8Array, start: number, end: number, id: number): void {
    const n = end - start;
    if (n === 0 || n > M.cacheNameMax) return;
    const slot = M.cachesAt + column * M.cacheBytes + slotOf(buf, start, n) * M.cacheSlotBytes;
    const { bytes, i32 } = this.wasm;
    i32[slot >> 2] = n;
    i32[(slot >> 2) + 1] = id;
    copyBytes(buf, start, n, bytes, slot + 16);
  }
}

/**
 * The slot (0..255) the splitter looks a name up in (row-splitter.wat computes the same): its length and its
 * bytes 0, n/4, n/2, 3n/4 and n-1, mixed. Names that differ only elsewhere share a slot and take turns in it.
 * The first key, length plus three bytes added up with small factors, sent the bench log's 48 service names
 * (api-core, api-edge, ...) to 12 shared slots, 27 names that missed the cache about a third of the time.
 */
export function slotOf(buf: Uint8Array, start: number, n: number): number {
  let x =
    buf[start]! | (buf[start + (n >> 2)]! << 8) | (buf[start + (n >> 1)]! << 16) | (buf[start + ((3 * n) >> 2)]! << 24);
  x ^= Math.imul(buf[start + n - 1]! ^ (n << 8), 0x9e3779b1);
  // the product's top byte depends on every bit below it
  return Math.imul(x ^ (x >>> 15), 0x85ebca6b) >>> 24;
}
