import { LF, QUOTE } from '../source/bytes';

/**
 * How far an unclosed quote may run before the reader gives up on its row (docs/hostile-input.md): a quoted
 * field holding more line ends than this, or going on more than QUOTED_BYTES_MAX past its first line end, is a
 * stray quote, not a cell. A single-line quoted cell may be as long as a row may be.
 */
export const QUOTED_LINES_MAX = 10_000;
export const QUOTED_BYTES_MAX = 1024 * 1024;
/** A row longer than this is skipped up to its next line end instead of being held whole. */
export const ROW_BYTES_MAX = 32 * 1024 * 1024;
/** A header line longer than this is no header: the log is refused before it is held whole. */
export const FIRST_LINE_BYTES_MAX = 4 * 1024 * 1024;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** a quote inside a quoted field: a second one makes it a literal quote, anything else closes the field */
const QUOTE_SEEN = 3;

/**
 * Finds where a CSV row ends, fed its bytes a chunk at a time, by the same rules as CsvReader's RFC 4180 path
 * (a quote opens a field only at its start; `""` inside one is a quote; text after a closing quote is kept).
 * The reader carries a row cut by a chunk boundary and asks this where it ends in the next chunks, so every
 * byte of a long row is scanned once here instead of the whole row again at every chunk.
 */
export class CsvRowEnd {
  private state = FIELD_START;
  /** bytes of the row scanned so far */
  private scanned = 0;
  /** line ends inside the row's quoted fields so far */
  rowLines = 0;
  /** line ends inside the quoted field being read, and the row offset of its first one (-1: none yet) */
  private fieldLines = 0;
  private fieldFirstLf = -1;
  /** the last advance() stopped inside a quoted field that ran past QUOTED_LINES_MAX / QUOTED_BYTES_MAX */
  overrun = false;

  reset(): void {
    this.state = FIELD_START;
    this.scanned = 0;
    this.rowLines = 0;
    this.fieldLines = 0;
    this.fieldFirstLf = -1;
    this.overrun = false;
  }

  /**
   * Scans buf[from, to) as the row's next bytes; returns the index just past the line feed that ends the row,
   * or, when the row's quoted field runs past its bounds (`overrun`), just past the byte where it did; -1 when
   * the row goes on. delimiter < 0 (the header, before the delimiter is known): the first line feed ends it.
   */
  advance(buf: Uint8Array, from: number, to: number, delimiter: number): number {
    if (delimiter < 0) {
      const nl = buf.subarray(from, to).indexOf(LF);
      this.scanned += nl < 0 ? to - from : nl + 1;
      return nl < 0 ? -1 : from + nl + 1;
    }
    let state = this.state;
    const base = this.scanned - from;
    for (let i = from; i < to; i++) {
      const b = buf[i]!;
      if (state === QUOTED) {
        if (b === QUOTE) {
          state = QUOTE_SEEN;
          continue;
        }
        if (b === LF) {
          this.fieldLines++;
          this.rowLines++;
          if (this.fieldFirstLf < 0) this.fieldFirstLf = base + i;
        }
        if (quotedOverrun(this.fieldLines, this.fieldFirstLf, base + i)) {
          this.overrun = true;
          this.state = state;
          this.scanned = base + i + 1;
          return i + 1;
        }
        continue;
      }
      if (b === QUOTE && state === FIELD_START) {
        state = QUOTED;
        this.fieldLines = 0;
        this.fieldFirstLf = -1;
      } else if (b === QUOTE && state === QUOTE_SEEN) state = QUOTED;
      else if (b === delimiter) state = FIELD_START;
      else if (b === LF) {
        this.state = FIELD_START;
        this.scanned = base + i + 1;
        return i + 1;
      } else state = UNQUOTED;
    }
    this.state = state;
    this.scanned = base + to;
    return -1;
  }

  /** Bytes of the row scanned so far. */
  get length(): number {
    return this.scanned;
  }
}

/**
 * A quoted field with `lines` line ends, the first at row offset `firstLf`, has run past its bounds at row
 * offset `at` (the one rule CsvRowEnd and CsvReader's RFC 4180 path share).
 */
export function quotedOverrun(lines: number, firstLf: number, at: number): boolean {
  return lines > QUOTED_LINES_MAX || (firstLf >= 0 && at - firstLf > QUOTED_BYTES_MAX);
}
