import { ChunkInstance } from './chunk-instance';
import { WASM_BASE64 } from './row-splitter-wasm';

/** row-splitter.wat's memory layout (byte offsets; the .wat's header comment is the reference). */
export const SPLITTER_MEMORY = {
  /** i32 slots at 0: the delimiter, cells kept per row, rows written, the two timestamp columns (-1: none) */
  delimiter: 0,
  cellsKept: 1,
  rows: 2,
  instantColumnA: 3,
  instantColumnB: 4,
  /** i32 slots: how many name columns (at most 3), then those columns */
  nameColumnCount: 5,
  nameColumnsFrom: 6,
  nameColumnsMax: 3,
  /** each row's two timestamps (f64, NaN: not read) */
  instantsAt: 147456,
  /** each row's three name ids (i32, NOT_CACHED: the consumer reads the cell) */
  idsAt: 163840,
  /** one cache per name column: slots of a length (i32), an id (i32) and the name's bytes from +16 */
  cachesAt: 180224,
  cacheBytes: 16384,
  cacheSlotBytes: 64,
  cacheNameMax: 48,
  cellsKeptMax: 32,
  rowsAt: 64,
  /** i32 slots of a row before its cell ends: start, line feed, cells */
  rowHead: 3,
  rowsMax: 1024,
  chunkAt: 262144,
} as const;

/** A name id the splitter did not find in its cache. */
export const NOT_CACHED = -2;

/** One CSV reader's splitter instance (see row-splitter.wat). */
export function splitterInstance(): ChunkInstance<{ split(pos: number, len: number): number }> {
  return new ChunkInstance(WASM_BASE64, SPLITTER_MEMORY.chunkAt);
}
