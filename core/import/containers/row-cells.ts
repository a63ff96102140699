import { decodeUtf8 } from '../source/bytes';
import type { NameCache } from '../source/wasm/name-cache';

/**
 * One row of a log as byte ranges: cell k is buf[starts[k], ends[k]). The CSV fast path points into the
 * file's own chunk; quoted CSV and JSON point into an unescaped scratch buffer. Consumers read every field
 * through this one shape, so both paths give identical records.
 */
export interface RowCells {
  buf: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  /**
   * what the reader read with the row, when `preread`: the instants of its two timestamp columns
   * (CsvReader.instantColumns; NaN where the cell is in no form read there) and the ids of its name columns
   * (CsvReader.nameColumns; NOT_CACHED where the name is not in its cache); the consumer reads the cell
   * itself where there is none
   */
  instants: Float64Array;
  ids: Int32Array;
  preread: boolean;
  /** where the consumer tells the reader the ids of names it read itself (null: the reader keeps none) */
  names: NameCache | null;
}

export interface RowSink {
  /** line: 1-based line of the row's first byte in the file */
  row(cells: RowCells, line: number): void;
}

export function newRowCells(capacity = 64): RowCells {
  return {
    buf: new Uint8Array(0),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    count: 0,
    instants: new Float64Array(2),
    ids: new Int32Array(3),
    preread: false,
    names: null,
  };
}

/** Makes room for at least n cells, keeping the first `count`. */
export function ensureCells(cells: RowCells, n: number): void {
  if (n <= cells.starts.length) return;
  let cap = cells.starts.length * 2;
  while (cap < n) cap *= 2;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  starts.set(cells.starts);
  ends.set(cells.ends);
  cells.starts = starts;
  cells.ends = ends;
}

/** The row's cells as text. */
export function cellStrings(cells: RowCells): string[] {
  const out: string[] = new Array<string>(cells.count);
  for (let k = 0; k < cells.count; k++) out[k] = decodeUtf8(cells.buf, cells.starts[k]!, cells.ends[k]!);
  return out;
}
