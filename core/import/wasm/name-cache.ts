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
    // the slot the splitter looks in: the name's length and its first, middle and last bytes
    const h = (n * 31 + buf[start]! + buf[end - 1]! * 7 + buf[start + (n >> 1)]! * 13) & 255;
    const slot = M.cachesAt + column * M.cacheBytes + h * M.cacheSlotBytes;
    const { bytes, i32 } = this.wasm;
    i32[slot >> 2] = n;
    i32[(slot >> 2) + 1] = id;
    copyBytes(buf, start, n, bytes, slot + 16);
  }
}
