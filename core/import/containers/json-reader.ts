import { ByteScratch, LF, decodeUtf8 } from '../source/bytes';
import { ROW_BYTES_MAX } from './csv-row-end';

type OnRecord = (value: unknown, line: number) => void;
type OnProblem = (line: number, message: string) => void;

const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const BACKSLASH = 0x5c;
const QUOTE = 0x22;

/**
 * Streams the records out of a JSON document: the elements of a top-level array, or of the first array
 * held by a top-level object (`{"incidents": [...]}`, `{"page": {...}, "incidents": [...]}`). Only one
 * element is held in memory at a time: a byte scanner tracks strings and nesting and each element's bytes
 * go to JSON.parse alone.
 */
export class JsonArrayReader {
  private depth = 0;
  private inString = false;
  private escape = false;
  private line = 1;
  /** depth at which records sit: 1 for a top-level array, 2 under an object once its array is found */
  private recordDepth = -1;
  private arrayClosed = false;
  private top = 0;
  private capturing = false;
  private captureLine = 0;
  /** the record being captured, when it spans chunks (its bytes before this chunk) */
  private readonly pieces = new ByteScratch();
  stopped = false;
  /** inside a scalar array element: it has been reported once already */
  private inScalar = false;

  constructor(
    private readonly onRecord: OnRecord,
    private readonly onProblem: OnProblem,
  ) {}

  push(chunk: Uint8Array): void {
    let capStart = 0;
    for (let i = 0; i < chunk.length && !this.stopped; i++) {
      const b = chunk[i]!;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (b === BACKSLASH) this.escape = true;
        else if (b === QUOTE) this.inString = false;
        continue;
      }
      if (b === LF) {
        this.line++;
        continue;
      }
      if (b === 0x2c) {
        this.inScalar = false; // a comma ends an element
        continue;
      }
      if (b === 0x20 || b === 0x09 || b === 0x0d || b === 0x3a) continue; // space :
      if (this.top === 0) {
        this.top = b;
        if (b === OPEN_ARR) this.recordDepth = 1;
      }
      const atRecord = this.depth === this.recordDepth && !this.capturing && !this.arrayClosed;
      if (b === OPEN_OBJ || b === OPEN_ARR) {
        if (atRecord) {
          if (b === OPEN_OBJ) {
            this.capturing = true;
            this.captureLine = this.line;
            capStart = i;
          } else this.notAnObject();
        }
        if (this.top === OPEN_OBJ && this.depth === 1 && b === OPEN_ARR && this.recordDepth < 0) this.recordDepth = 2;
        this.depth++;
      } else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
        this.depth--;
        if (this.capturing && this.depth === this.recordDepth) {
          this.capturing = false;
          const pieces = this.pieces;
          if (pieces.length > 0) pieces.append(chunk, capStart, i + 1);
          this.emit(pieces.length > 0 ? pieces.buf.subarray(0, pieces.length) : chunk.subarray(capStart, i + 1));
          pieces.reset();
        } else if (this.depth === this.recordDepth - 1 && b === CLOSE_ARR) {
          this.arrayClosed = true;
        }
      } else {
        if (b === QUOTE) this.inString = true;
        // a scalar element (42, "x", true) is one skipped row, however many bytes it has
        if (atRecord && !this.inScalar) {
          this.inScalar = true;
          this.notAnObject();
        }
      }
    }
    if (this.capturing) {
      // appended once, joined once: a record spanning many chunks is copied in proportion to its length
      this.pieces.append(chunk, capStart, chunk.length);
      if (this.pieces.length > ROW_BYTES_MAX) {
        // the scanner goes on through it (depth and strings), holding nothing
        this.onProblem(this.captureLine, `a record longer than ${ROW_BYTES_MAX >> 20} MB is skipped`);
        this.capturing = false;
        this.pieces.reset();
      }
    }
  }

  end(): void {
    if (this.stopped) return;
    if (this.depth !== 0 || this.inString) this.onProblem(this.line, 'the JSON ends early (is the file cut short?)');
  }

  /** true when the document had an array of records at all */
  get foundArray(): boolean {
    return this.recordDepth > 0;
  }

  private notAnObject(): void {
    this.onProblem(this.line, 'an array element that is not an object is skipped');
  }

  private emit(bytes: Uint8Array): void {
    let value: unknown;
    try {
      value = JSON.parse(decodeUtf8(bytes, 0, bytes.length));
    } catch (e) {
      this.onProblem(this.captureLine, `not valid JSON: ${(e as Error).message}`);
      return;
    }
    this.onRecord(value, this.captureLine);
  }
}

/** NDJSON / JSON Lines: one JSON object per line; a bad line is reported and skipped. */
export class JsonLinesReader {
  private line = 1;
  /** the line cut by the last chunk boundary (only the new bytes are searched for its end) */
  private readonly carry = new ByteScratch();
  /** dropping an overlong line up to its end */
  private skipping = false;
  stopped = false;

  constructor(
    private readonly onRecord: OnRecord,
    private readonly onProblem: OnProblem,
  ) {}

  push(chunk: Uint8Array): void {
    let pos = 0;
    const carry = this.carry;
    if (carry.length > 0 || this.skipping) {
      const nl = chunk.indexOf(LF);
      if (nl < 0) {
        if (!this.skipping) this.hold(chunk, 0);
        return;
      }
      if (this.skipping) this.line++;
      else {
        carry.append(chunk, 0, nl);
        this.readLine(carry.buf, 0, carry.length);
      }
      this.skipping = false;
      carry.reset();
      pos = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(LF, pos);
      if (nl < 0 || this.stopped) break;
      this.readLine(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length && !this.stopped) this.hold(chunk, pos);
  }

  end(): void {
    if (this.carry.length > 0 && !this.stopped) this.readLine(this.carry.buf, 0, this.carry.length);
    this.carry.reset();
  }

  /** Carries chunk[pos..] as the start of a line; a line too long to hold is skipped to its end instead. */
  private hold(chunk: Uint8Array, pos: number): void {
    this.carry.append(chunk, pos, chunk.length);
    if (this.carry.length <= ROW_BYTES_MAX) return;
    this.onProblem(this.line, `a line longer than ${ROW_BYTES_MAX >> 20} MB is skipped`);
    this.carry.reset();
    this.skipping = true;
  }

  private readLine(buf: Uint8Array, start: number, end: number): void {
    const line = this.line++;
    const text = decodeUtf8(buf, start, end).trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.onProblem(line, `not valid JSON: ${(e as Error).message}`);
      return;
    }
    this.onRecord(value, line);
  }
}

/**
 * NDJSON or one JSON document? A first line that is a whole JSON value followed by a line starting with `{`
 * is NDJSON; pretty-printed or single-line documents are not.
 */
export function looksLikeJsonLines(head: Uint8Array, start: number): boolean {
  let depth = 0;
  let inString = false;
  let escape = false;
  let i = start;
  for (; i < head.length; i++) {
    const b = head[i]!;
    if (inString) {
      if (escape) escape = false;
      else if (b === BACKSLASH) escape = true;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (b === LF) return false; // first line ended inside the value
    if (b === QUOTE) inString = true;
    else if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
    else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
      depth--;
      if (depth === 0) break;
    }
  }
  for (i++; i < head.length; i++) {
    const b = head[i]!;
    if (b === OPEN_OBJ) return true;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== LF) return false;
  }
  return false;
}
