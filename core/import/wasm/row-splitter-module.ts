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
  /** each row's two timestamps (f64, NaN: not read) */
  instantsAt: 147456,
  cellsKeptMax: 32,
  rowsAt: 64,
  /** i32 slots of a row before its cell ends: start, line feed, cells */
  rowHead: 3,
  rowsMax: 1024,
  chunkAt: 196608,
} as const;

/** One CSV reader's splitter instance (see row-splitter.wat). */
export function splitterInstance(): ChunkInstance<{ split(pos: number, len: number): number }> {
  return new ChunkInstance(WASM_BASE64, SPLITTER_MEMORY.chunkAt);
}
