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
   * the instants of the reader's two timestamp columns (CsvReader.instantColumns), read with the row when
   * `instantsRead`; NaN where the row's cell is not in a form read there (the consumer reads it itself)
   */
  instants: Float64Array;
  instantsRead: boolean;
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
    instantsRead: false,
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
