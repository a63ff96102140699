import { ByteScratch, COMMA, CR, LF, QUOTE, SEMICOLON, TAB, concatBytes } from './bytes';
import { ensureCells, newRowCells, type RowCells } from './row-cells';

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
export class CsvReader {
  delimiter = -1;
  /** 1-based line of the next row's first byte */
  private line = 1;
  private carry: Uint8Array | null = null;
  private readonly cells: RowCells = newRowCells();
  private readonly scratch = new ByteScratch();
  stopped = false;
  /** cells the consumer reads (the highest mapped column + 1): the fast path splits no further */
  cellsNeeded = Infinity;

  constructor(
    private readonly onRow: (cells: RowCells, line: number) => void,
    private readonly onBadRow: (line: number, message: string) => void,
    private readonly mode: CsvMode = 'auto',
  ) {}

  push(chunk: Uint8Array): void {
    this.consume(this.carry ? concatBytes(this.carry, chunk) : chunk, false);
  }

  end(): void {
    if (this.carry) this.consume(this.carry, true);
    this.carry = null;
  }

  private consume(buf: Uint8Array, final: boolean): void {
    const len = buf.length;
    let pos = 0;
    if (this.delimiter < 0) {
      const nl = buf.indexOf(LF);
      if (nl < 0 && !final) {
        this.carry = buf.slice();
        return;
      }
      this.delimiter = sniffDelimiter(buf, 0, nl < 0 ? len : nl);
    }
    const fast = this.mode === 'auto';
    let q = fast ? buf.indexOf(QUOTE) : 0;
    while (pos < len && !this.stopped) {
      const nl = buf.indexOf(LF, pos);
      const lineEnd = nl < 0 ? len : nl;
      if (q >= 0 && q < pos) q = buf.indexOf(QUOTE, pos);
      if (fast && (q < 0 || q >= lineEnd)) {
        if (nl < 0 && !final) break;
        let e = lineEnd;
        if (e > pos && buf[e - 1] === CR) e--;
        if (e > pos) this.splitLine(buf, pos, e);
        this.line++;
        pos = lineEnd + 1;
      } else {
        const next = this.readQuotedRow(buf, pos, final);
        if (next < 0) break;
        pos = next;
      }
    }
    this.carry = pos < len && !this.stopped ? buf.slice(pos) : null;
  }

  private splitLine(buf: Uint8Array, s: number, e: number): void {
    const cells = this.cells;
    const d = this.delimiter;
    cells.buf = buf;
    const limit = this.cellsNeeded;
    let n = 0;
    let fieldStart = s;
    for (let i = s; i < e; i++) {
      if (buf[i] === d) {
        if (n + 1 >= cells.starts.length) ensureCells(cells, n + 2);
        cells.starts[n] = fieldStart;
        cells.ends[n++] = i;
        fieldStart = i + 1;
        if (n >= limit) {
          cells.count = n;
          this.onRow(cells, this.line);
          return;
        }
      }
    }
    if (n >= cells.starts.length) ensureCells(cells, n + 1);
    cells.starts[n] = fieldStart;
    cells.ends[n++] = e;
    cells.count = n;
    this.onRow(cells, this.line);
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
        for (;;) {
          if (i >= len) {
            if (!final) return -1;
            this.onBadRow(this.line, 'a quoted field is never closed (the rest of the file was read as one field)');
            this.line += newlines;
            return len;
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
          if (b === LF) newlines++;
          out.push(b);
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
