import type { RowCells } from './row-cells';

/** Rows a consumer takes straight from the bytes (only in 'auto' mode, never for a quoted row). */
export interface RowShortcut {
  /** rows taken so far */
  readonly rows: number;
  /** rows the last takeRows() took */
  readonly taken: number;
  /** the reader is about to read `buf` (a chunk, or a row carried over with the bytes that end it) */
  chunk(buf: Uint8Array): void;
  /**
   * takes whole rows of that buffer from pos on while it can (only rows ending before len); returns the
   * position after the last row taken, pos when it took none; line: the 1-based line at pos
   */
  takeRows(pos: number, len: number, line: number): number;
  /** the fast path just read the row [pos, lf] into cells and handed it to the consumer */
  learn(buf: Uint8Array, pos: number, lf: number, cells: RowCells): void;
}
