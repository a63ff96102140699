import { ByteScratch, CR, LF, QUOTE } from '../source/bytes';
import { QUOTED_BYTES_MAX, QUOTED_LINES_MAX, quotedOverrun } from './csv-row-end';
import { ensureCells, type RowCells } from './row-cells';

/** A row given up on: a quote that opened a field and was never closed, or ran past its bounds. */
export interface UnclosedQuote {
  /** the line of the row the field opened on (0: its first) */
  readonly before: number;
  readonly message: string;
}

/**
 * The full RFC 4180 reading of one CSV row (quoted fields with delimiters, doubled quotes and newlines),
 * unescaped into a scratch buffer the row's cells point into. The reader sends a row here when it holds a
 * quote, or every row in mode 'rfc4180'.
 */
export class QuotedRowReader {
  private readonly scratch = new ByteScratch();
  /** line ends the last row read spans (its own line feed included) */
  newlines = 0;
  /** the last row read is a blank line: no row to hand on */
  blank = false;
  /** the last row was given up on (null: it was read) */
  unclosed: UnclosedQuote | null = null;

  /**
   * Reads the row at pos into cells; returns the position after it, or -1 when the row may continue in the
   * next chunk. A row given up on (`unclosed`) returns where reading goes on: the line after the one its
   * field opened on (at buf's end when that field holds no line end). A stray quote once swallowed the rest
   * of the file as one cell.
   */
  read(buf: Uint8Array, pos: number, final: boolean, d: number, cells: RowCells): number {
    const len = buf.length;
    const out = this.scratch;
    out.reset();
    this.unclosed = null;
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
            return this.giveUp(len, newlines - fieldLines, firstLf, 'is never closed');
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
            return this.giveUp(
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
    this.newlines = newlines;
    this.blank = n === 1 && cells.ends[0] === cells.starts[0] && buf[pos] !== QUOTE;
    return Math.min(i, len);
  }

  /** The row is given up on; reading goes on after firstLf, the field's first line end (at len when none). */
  private giveUp(len: number, before: number, firstLf: number, how: string): number {
    this.unclosed = {
      before,
      message: `a quoted field opened on this line ${how}; the row is skipped and reading goes on at the next line`,
    };
    return firstLf < 0 ? len : firstLf + 1;
  }
}
