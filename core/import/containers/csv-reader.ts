import { ByteScratch, CR, LF, QUOTE } from '../source/bytes';
import { SPLITTER_MEMORY } from '../source/wasm/row-splitter-module';
import { QuotedRowReader } from './csv-quoted-row';
import { CsvRowEnd, FIRST_LINE_BYTES_MAX, ROW_BYTES_MAX } from './csv-row-end';
import { WasmRowSplitter, type SplitterReader } from './csv-wasm-rows';
import { ensureCells, newRowCells, type RowCells } from './row-cells';
import type { RowShortcut } from './row-shortcut';
import { sniffDelimiter } from './sniff-delimiter';

export type CsvMode = 'auto' | 'rfc4180';

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
export class CsvReader implements SplitterReader {
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
  private readonly quoted = new QuotedRowReader();
  stopped = false;
  /** cells the consumer reads (the highest mapped column + 1): the fast path splits no further */
  cellsNeeded = Infinity;
  /** a consumer's lane for rows it recognises from their bytes alone (records/status-rows-fast.ts) */
  shortcut: RowShortcut | null = null;
  /** splits rows in WebAssembly while no lane takes them and the consumer reads few enough cells */
  private splitter: WasmRowSplitter | null = null;
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
          const splitter = (this.splitter ??= new WasmRowSplitter(this, this.cells, this.onRow));
          if (!loaded) splitter.load(buf);
          loaded = true;
          pos = splitter.split(buf, pos, len, this.line);
          this.line += splitter.lines;
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
    const quoted = this.quoted;
    const next = quoted.read(buf, pos, final, this.delimiter, this.cells);
    if (next < 0) return -1;
    const unclosed = quoted.unclosed;
    if (unclosed !== null) {
      // one skipped row, named by the line its field opened on; reading goes on at the line after
      const line = this.line + unclosed.before;
      this.onBadRow(line, unclosed.message);
      this.line = line + 1;
      return next;
    }
    if (!quoted.blank) this.onRow(this.cells, this.line);
    this.line += quoted.newlines;
    return next;
  }
}
