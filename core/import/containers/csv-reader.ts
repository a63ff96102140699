import { ByteScratch, COMMA, CR, LF, QUOTE, SEMICOLON, TAB } from '../source/bytes';
import {
  CsvRowEnd,
  FIRST_LINE_BYTES_MAX,
  QUOTED_BYTES_MAX,
  QUOTED_LINES_MAX,
  ROW_BYTES_MAX,
  quotedOverrun,
} from './csv-row-end';
import { ensureCells, newRowCells, type RowCells } from './row-cells';
import { NameCache } from '../source/wasm/name-cache';
import { SPLITTER_MEMORY, splitterInstance } from '../source/wasm/row-splitter-module';

type Splitter = ReturnType<typeof splitterInstance>;

export type CsvMode = 'auto' | 'rfc4180';

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

/**
 * Streaming CSV/TSV/semicolon reader over UTF-8 byte chunks.
 *
 * Fast path: a line holding no quote is split on the delimiter in place, the cells pointing into the chunk
 * (no copy, no string). A line with a quote goes through the full RFC 4180 state machine (quoted fields
 * with delimiters, doubled quotes and newlines), which unescapes into a scratch buffer. Both paths give
 * the same cells for the same bytes; mode 'rfc4180' forces the full path (the tests compare the two).
 * A row cut by a chunk boundary is carried over as bytes and read again whole, so multi-byte characters
 * split across chunks are never decoded in halves.
 */
export class CsvReader {
  delimiter = -1;
  /** 1-based line of the next row's first byte */
  private line = 1;
  /** the row cut by the last chunk boundary (while `carrying`), and where it ends found as chunks come */
  private readonly carry = new ByteScratch();
  private carrying = false;
  private readonly rowEnd = new CsvRowEnd();
  /** dropping an overlong row up to its next line end */
  private skipping = false;
  private readonly cells: RowCells = newRowCells();
  private readonly scratch = new ByteScratch();
  stopped = false;
  /** cells the consumer reads (the highest mapped column + 1): the fast path splits no further */
  cellsNeeded = Infinity;
  /** a consumer's lane for rows it recognises from their bytes alone (status-fast-lane.ts) */
  shortcut: RowShortcut | null = null;
  /** splits rows in WebAssembly while no lane takes them and the consumer reads few enough cells */
  private splitter: Splitter | null = null;
  /** two columns whose timestamps the splitter reads with the row (RowCells.instants; -1: none) */
  instantColumns: [number, number] = [-1, -1];
  /** up to three name columns whose ids the splitter looks up in its caches (RowCells.ids) */
  nameColumns: number[] = [];

  constructor(
    private readonly onRow: (cells: RowCells, line: number) => void,
    private readonly onBadRow: (line: number, message: string) => void,
    private readonly mode: CsvMode = 'auto',
    /** the error that ends the import (a header line too long to hold) */
    private readonly fail: (problem: string) => Error = (problem) => new Error(problem),
  ) {}

  /** 1-based line of the next row's first byte */
  get nextLine(): number {
    return this.line;
  }

  /** Nothing is carried over: the bytes pushed so far end with a whole row. */
  get atRowStart(): boolean {
    return !this.carrying && !this.skipping;
  }

  push(chunk: Uint8Array): void {
    let from = 0;
    while (from < chunk.length && !this.stopped) {
      if (this.skipping) {
        // an overlong row is dropped up to its next line end, never held
        const nl = chunk.indexOf(LF, from);
        if (nl < 0) return;
        this.skipping = false;
        this.line++;
        from = nl + 1;
        continue;
      }
      if (!this.carrying) {
        const rest = from === 0 ? chunk : chunk.subarray(from);
        this.keep(rest, this.consume(rest, false));
        return;
      }
      // the row cut by the last boundary: only the new bytes are scanned for its end, then the row is read
      // once, whole; joining it with the whole chunk would copy the file once more
      const cut = this.rowEnd.advance(chunk, from, chunk.length, this.delimiter);
      const carry = this.carry;
      if (cut < 0) {
        carry.append(chunk, from, chunk.length);
        this.checkLength();
        return;
      }
      carry.append(chunk, from, cut);
      from = cut;
      this.carrying = false;
      const row = carry.buf.subarray(0, carry.length);
      this.keep(row, this.consume(row, false));
    }
  }

  end(): void {
    if (this.carrying && !this.stopped) {
      const row = this.carry.buf.subarray(0, this.carry.length);
      this.carrying = false;
      this.consume(row, true);
    }
    this.carrying = false;
    this.skipping = false;
    this.carry.reset();
  }

  /** Carries buf from pos on (a row the next chunks end), as a copy: the caller may reuse its buffer. */
  private keep(buf: Uint8Array, pos: number): void {
    const carry = this.carry;
    if (pos >= buf.length || this.stopped) {
      carry.reset();
      return;
    }
    if (buf.buffer === carry.buf.buffer) {
      // the carried row itself was read: what is left moves to the front
      carry.buf.copyWithin(0, pos, buf.length);
      carry.length = buf.length - pos;
    } else {
      carry.reset();
      carry.append(buf, pos, buf.length);
    }
    this.carrying = true;
    const rowEnd = this.rowEnd;
    rowEnd.reset();
    // the reader found no end in these bytes; the scanner learns its state from them (once per carried row)
    rowEnd.advance(carry.buf, 0, carry.length, this.delimiter);
    this.checkLength();
  }

  /** A header or row too long to hold: the header ends the import, a row is skipped. */
  private checkLength(): void {
    const n = this.carry.length;
    if (this.delimiter < 0 && n > FIRST_LINE_BYTES_MAX) {
      throw this.fail(
        `its first line runs past ${FIRST_LINE_BYTES_MAX >> 20} MB without a line end: no header to read`,
      );
    }
    if (n <= ROW_BYTES_MAX) return;
    this.onBadRow(this.line, `a row longer than ${ROW_BYTES_MAX >> 20} MB is skipped (up to its next line end)`);
    this.line += this.rowEnd.rowLines;
    this.carrying = false;
    this.skipping = true;
    this.carry.reset();
  }

  /** Reads the rows of buf; returns the position of the row it could not end (buf.length: none). */
  private consume(buf: Uint8Array, final: boolean): number {
    const len = buf.length;
    let pos = 0;
    if (this.delimiter < 0) {
      const nl = buf.indexOf(LF);
      if (nl < 0 && !final) return 0;
      this.delimiter = sniffDelimiter(buf, 0, nl < 0 ? len : nl);
    }
    const fast = this.mode === 'auto';
    // the lane or the splitter gets the buffer once it is there (the header row sets what the reader needs
    // in the middle of the first chunk)
    let loaded = false;
    while (pos < len && !this.stopped) {
      let next: number;
      if (!fast) next = this.readQuotedRow(buf, pos, final);
      else {
        const shortcut = this.shortcut;
        if (shortcut !== null) {
          if (!loaded) shortcut.chunk(buf);
          loaded = true;
          pos = shortcut.takeRows(pos, len, this.line);
          this.line += shortcut.taken;
          if (pos >= len) break;
        } else if (this.cellsNeeded <= SPLITTER_MEMORY.cellsKeptMax) {
          this.splitter ??= splitterInstance();
          if (!loaded) this.splitter.loadChunk(buf);
          loaded = true;
          pos = this.splitRows(this.splitter, buf, pos, len);
          if (pos >= len || this.stopped) break;
        }
        // the row the lane or the splitter left: the reader reads it (and the lane learns from it)
        next = this.splitRow(buf, pos, final);
      }
      if (next < 0) break;
      pos = next;
    }
    return this.stopped ? len : pos;
  }

  /**
   * The rows from pos on that the WebAssembly splitter can split (no quote, a line end in the chunk), handed
   * to the consumer as splitRow would; returns the position after the last one.
   */
  private splitRows(wasm: Splitter, buf: Uint8Array, pos: number, len: number): number {
    const M = SPLITTER_MEMORY;
    const cells = this.cells;
    wasm.i32[M.delimiter] = this.delimiter;
    wasm.i32[M.cellsKept] = this.cellsNeeded;
    wasm.i32[M.instantColumnA] = this.instantColumns[0];
    wasm.i32[M.instantColumnB] = this.instantColumns[1];
    const names = this.nameColumns.slice(0, M.nameColumnsMax);
    wasm.i32[M.nameColumnCount] = names.length;
    names.forEach((c, j) => (wasm.i32[M.nameColumnsFrom + j] = c));
    cells.names ??= new NameCache(wasm);
    // only the rows handed on here carry instants: the other paths leave the flag down
    cells.preread = true;
    try {
      return this.splitBatches(wasm, buf, pos, len);
    } finally {
      cells.preread = false;
    }
  }

  private splitBatches(wasm: Splitter, buf: Uint8Array, pos: number, len: number): number {
    const M = SPLITTER_MEMORY;
    const cells = this.cells;
    const { instants, ids } = cells;
    const stride = M.rowHead + this.cellsNeeded;
    ensureCells(cells, this.cellsNeeded);
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
          this.onRow(cells, this.line);
        }
        this.line++;
        // a preview that has its rows: what comes after this row is not read
        if (this.stopped) return i32[at + 1]! + 1;
      }
      pos = end;
      if (rows < M.rowsMax) return pos;
    }
  }

  /**
   * One pass over the row at pos: cells end at the delimiter (no further than the consumer reads), the row at
   * LF; a quote anywhere in the row sends it to the RFC 4180 path. Returns the position after the row, or -1
   * when the row may continue in the next chunk.
   */
  private splitRow(buf: Uint8Array, pos: number, final: boolean): number {
    const len = buf.length;
    const cells = this.cells;
    const d = this.delimiter;
    const limit = this.cellsNeeded;
    // one comparison passes most bytes: every byte that matters (LF, quote, the delimiter) is <= this
    const special = Math.max(d, QUOTE, LF);
    let n = 0;
    let fieldStart = pos;
    let i = pos;
    let b = 0;
    for (; i < len; i++) {
      b = buf[i]!;
      if (b > special) continue;
      if (b === d) {
        if (n < limit) {
          if (n + 1 >= cells.starts.length) ensureCells(cells, n + 2);
          cells.starts[n] = fieldStart;
          cells.ends[n++] = i;
          fieldStart = i + 1;
        }
      } else if (b === LF || b === QUOTE) break;
    }
    if (i < len && b === QUOTE) return this.readQuotedRow(buf, pos, final);
    if (i >= len && !final) return -1;
    // a CR before the LF is no delimiter, so it can only end the last cell
    const e = i > pos && buf[i - 1] === CR ? i - 1 : i;
    if (e > pos) {
      if (n < limit) {
        if (n >= cells.starts.length) ensureCells(cells, n + 1);
        cells.starts[n] = fieldStart;
        cells.ends[n++] = e;
      }
      cells.count = n;
      cells.buf = buf;
      // the lane as it was before the row: the header row is what installs it
      const shortcut = this.shortcut;
      this.onRow(cells, this.line);
      if (shortcut !== null && i < len) shortcut.learn(buf, pos, i, cells);
    }
    this.line++;
    return i + 1;
  }

  /** RFC 4180 row from pos; returns the position after it, or -1 when the row may continue in the next chunk. */
  private readQuotedRow(buf: Uint8Array, pos: number, final: boolean): number {
    const len = buf.length;
    const d = this.delimiter;
    const cells = this.cells;
    const out = this.scratch;
    out.reset();
    let n = 0;
    let i = pos;
    let newlines = 0;
    for (;;) {
      const fieldStart = out.length;
      const quoted = i < len && buf[i] === QUOTE;
      if (quoted) {
        i++;
        // the field's line ends, and the first one's position: an unclosed quote is given up on by these
        let fieldLines = 0;
        let firstLf = -1;
        for (;;) {
          if (i >= len) {
            if (!final) return -1;
            return this.unclosedQuote(len, newlines - fieldLines, firstLf, 'is never closed');
          }
          const b = buf[i]!;
          if (b === QUOTE) {
            if (i + 1 >= len && !final) return -1; // a doubled quote may continue in the next chunk
            if (buf[i + 1] === QUOTE) {
              out.push(QUOTE);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (b === LF) {
            newlines++;
            fieldLines++;
            if (firstLf < 0) firstLf = i;
          }
          out.push(b);
          if (quotedOverrun(fieldLines, firstLf, i)) {
            return this.unclosedQuote(
              len,
              newlines - fieldLines,
              firstLf,
              `is not closed within ${QUOTED_LINES_MAX.toLocaleString('en-US')} lines or ${QUOTED_BYTES_MAX >> 20} MB`,
            );
          }
          i++;
        }
      }
      // unquoted text, or text after a closing quote (kept as written, as lenient readers do)
      const restStart = out.length;
      while (i < len) {
        const b = buf[i]!;
        if (b === d || b === LF) break;
        out.push(b);
        i++;
      }
      if (i >= len && !final) return -1;
      const atLineEnd = i >= len || buf[i] === LF;
      if (atLineEnd && out.length > restStart && out.buf[out.length - 1] === CR) out.length--;
      if (n >= cells.starts.length) ensureCells(cells, n + 1);
      cells.starts[n] = fieldStart;
      cells.ends[n++] = out.length;
      i++; // past the delimiter or the line feed
      if (atLineEnd) break;
    }
    if (i <= len && buf[i - 1] === LF) newlines++;
    cells.count = n;
    cells.buf = out.buf;
    const empty = n === 1 && cells.ends[0] === cells.starts[0] && buf[pos] !== QUOTE;
    if (!empty) this.onRow(cells, this.line);
    this.line += newlines;
    return Math.min(i, len);
  }

  /**
   * A quote that opened a field on the row's line `before` (0: its first) and was never closed, or ran past
   * its bounds: the row is one skipped row named by that line, and reading goes on at the next line (after
   * firstLf, the field's first line end; at len, the end of the buffer, when it has none). A stray quote once swallowed
   * the rest of the file as one cell.
   */
  private unclosedQuote(len: number, before: number, firstLf: number, how: string): number {
    const line = this.line + before;
    this.onBadRow(
      line,
      `a quoted field opened on this line ${how}; the row is skipped and reading goes on at the next line`,
    );
    this.line = line + 1;
    return firstLf < 0 ? len : firstLf + 1;
  }
}

/** The delimiter of the header line: the most frequent of comma, tab and semicolon outside quotes. */
function sniffDelimiter(buf: Uint8Array, start: number, end: number): number {
  let commas = 0;
  let tabs = 0;
  let semis = 0;
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (b === COMMA) commas++;
      else if (b === TAB) tabs++;
      else if (b === SEMICOLON) semis++;
    }
  }
  if (tabs > commas && tabs >= semis) return TAB;
  if (semis > commas) return SEMICOLON;
  return COMMA;
}
