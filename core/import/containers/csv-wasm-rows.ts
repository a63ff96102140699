import { NameCache } from '../source/wasm/name-cache';
import { SPLITTER_MEMORY, splitterInstance } from '../source/wasm/row-splitter-module';
import { ensureCells, type RowCells } from './row-cells';

/** What the CSV reader asks of the splitter: the cells its consumer reads, and whether it has stopped. */
export interface SplitterReader {
  readonly delimiter: number;
  /** cells the consumer reads (at most SPLITTER_MEMORY.cellsKeptMax for the splitter to be used) */
  readonly cellsNeeded: number;
  /** two columns whose timestamps the splitter reads with the row (RowCells.instants; -1: none) */
  readonly instantColumns: readonly [number, number];
  /** up to three name columns whose ids the splitter looks up in its caches (RowCells.ids) */
  readonly nameColumns: readonly number[];
  /** a preview that has its rows: nothing after the current row is read */
  readonly stopped: boolean;
}

/**
 * Splits CSV rows in WebAssembly (row-splitter.wat): a batch of rows with no quote per call, with the
 * timestamps and name ids the consumer asked for read along. The reader uses it while no status lane takes
 * the rows and the consumer reads few enough cells.
 */
export class WasmRowSplitter {
  private readonly wasm = splitterInstance();
  /** lines the last split() went past */
  lines = 0;

  constructor(
    private readonly reader: SplitterReader,
    /** the reader's cells, which the rows are split into */
    private readonly cells: RowCells,
    private readonly onRow: (cells: RowCells, line: number) => void,
  ) {}

  /** The chunk the next split() calls read (once per chunk). */
  load(buf: Uint8Array): void {
    this.wasm.loadChunk(buf);
  }

  /**
   * The rows from pos on that the splitter can split (no quote, a line end in the chunk), handed to onRow as
   * the reader's own path would; returns the position after the last one. line: the 1-based line at pos.
   */
  split(buf: Uint8Array, pos: number, len: number, line: number): number {
    const M = SPLITTER_MEMORY;
    const { wasm, reader, cells } = this;
    wasm.i32[M.delimiter] = reader.delimiter;
    wasm.i32[M.cellsKept] = reader.cellsNeeded;
    wasm.i32[M.instantColumnA] = reader.instantColumns[0];
    wasm.i32[M.instantColumnB] = reader.instantColumns[1];
    const names = reader.nameColumns.slice(0, M.nameColumnsMax);
    wasm.i32[M.nameColumnCount] = names.length;
    names.forEach((c, j) => (wasm.i32[M.nameColumnsFrom + j] = c));
    cells.names ??= new NameCache(wasm);
    // only the rows handed on here carry instants: the other paths leave the flag down
    cells.preread = true;
    try {
      return this.splitBatches(buf, pos, len, line);
    } finally {
      cells.preread = false;
    }
  }

  private splitBatches(buf: Uint8Array, pos: number, len: number, firstLine: number): number {
    const M = SPLITTER_MEMORY;
    const { wasm, reader, cells, onRow } = this;
    const { instants, ids } = cells;
    const stride = M.rowHead + reader.cellsNeeded;
    ensureCells(cells, reader.cellsNeeded);
    let line = firstLine;
    for (;;) {
      const end = wasm.exports.split(pos, len);
      const rows = wasm.i32[M.rows]!;
      const i32 = wasm.i32;
      const f64 = wasm.f64;
      for (let r = 0, at = M.rowsAt >> 2; r < rows; r++, at += stride) {
        const n = i32[at + 2]!;
        if (n > 0) {
          const { starts, ends } = cells;
          let start = i32[at]!;
          for (let k = 0; k < n; k++) {
            const e = i32[at + M.rowHead + k]!;
            starts[k] = start;
            ends[k] = e;
            start = e + 1;
          }
          cells.count = n;
          cells.buf = buf;
          instants[0] = f64[(M.instantsAt >> 3) + 2 * r]!;
          instants[1] = f64[(M.instantsAt >> 3) + 2 * r + 1]!;
          const at3 = (M.idsAt >> 2) + 3 * r;
          ids[0] = i32[at3]!;
          ids[1] = i32[at3 + 1]!;
          ids[2] = i32[at3 + 2]!;
          onRow(cells, line);
        }
        line++;
        // a preview that has its rows: what comes after this row is not read
        if (reader.stopped) {
          this.lines = line - firstLine;
          return i32[at + 1]! + 1;
        }
      }
      pos = end;
      if (rows < M.rowsMax) {
        this.lines = line - firstLine;
        return pos;
      }
    }
  }
}
