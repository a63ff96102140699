import { clipText } from './clip-text';
import type { ImportSettings } from '../../model/settings';
import { ByteInterner } from '../records/byte-interner';
import { decodeUtf8, trimEnd, trimStart } from '../source/bytes';
import type { ColumnPlan } from './column-mapping';
import type { DiagnosticLog } from './diagnostics';
import type { RowCells } from '../containers/row-cells';
import { TimestampReader } from '../values/timestamp';
import { MAJOR, WordMeanings, type WordCode } from '../values/words';

/** How the report of an unknown status or severity word begins (a log read in halves reports each once). */
export const UNKNOWN_WORD = 'unknown word ';

/** Cell bounds after trimming, written by RowContext.cell (one reused pair: no allocation per field). */
export interface Span {
  buf: Uint8Array;
  start: number;
  end: number;
}

/**
 * What both log shapes share while reading rows: interned names, word meanings (each distinct word is
 * looked up once), timestamps, the latest instant seen and the diagnostics.
 */
export class RowContext {
  readonly services = new ByteInterner();
  readonly regions = new ByteInterner();
  private readonly words = new ByteInterner();
  private readonly wordCodes: WordCode[] = [];
  /** unknown words (lower case) and the line each was first seen on */
  private readonly unknownWords = new Map<string, number>();
  private readonly meanings: WordMeanings;
  readonly timestamps: TimestampReader;
  /** service index of rows when the log has no service column (the file stem), else -2 */
  readonly stemService: number;
  latest = -Infinity;
  rows = 0;
  rejected = 0;
  readonly span: Span = { buf: new Uint8Array(0), start: 0, end: 0 };

  constructor(
    settings: ImportSettings,
    readonly plan: ColumnPlan,
    readonly diagnostics: DiagnosticLog,
    stem: string,
  ) {
    this.meanings = new WordMeanings(settings.words, plan.numeric);
    this.timestamps = new TimestampReader(settings.inputTimeZone, settings.dateFormat);
    this.stemService = plan.columns.service === undefined ? this.services.internString(stem) : -2;
  }

  /** Sets `span` to the trimmed cell `col` of the row (empty when the row is short); returns its length. */
  cell(cells: RowCells, col: number): number {
    const span = this.span;
    span.buf = cells.buf;
    if (col >= cells.count) {
      span.start = span.end = 0;
      return 0;
    }
    const s = trimStart(cells.buf, cells.starts[col]!, cells.ends[col]!);
    span.start = s;
    span.end = trimEnd(cells.buf, s, cells.ends[col]!);
    return span.end - s;
  }

  spanText(): string {
    return decodeUtf8(this.span.buf, this.span.start, this.span.end);
  }

  /** Instant of the current span, NaN when it is no timestamp. */
  spanInstant(): number {
    return this.timestamps.readTrimmed(this.span.buf, this.span.start, this.span.end);
  }

  seen(t: number): void {
    if (t > this.latest) this.latest = t;
  }

  /** Meaning of the word in the current span; an unknown word is major and reported once (first line). */
  spanWord(line: number): WordCode {
    const id = this.words.intern(this.span.buf, this.span.start, this.span.end);
    if (id < this.wordCodes.length) return this.wordCodes[id]!;
    const word = this.words.names[id]!;
    let code = this.meanings.meaning(word);
    if (code === null) {
      code = MAJOR;
      const lower = word.toLowerCase();
      if (!this.unknownWords.has(lower)) {
        this.unknownWords.set(lower, line);
        this.diagnostics.add(
          line,
          `${UNKNOWN_WORD}"${clipText(word)}" (first seen here) counts as major; remap it in the import settings if it means something else`,
        );
      }
    }
    this.wordCodes[id] = code;
    return code;
  }

  /** Service index of the current span: -1 for empty or `*` (platform-wide). */
  spanService(): number {
    const { buf, start, end } = this.span;
    if (end === start || (end - start === 1 && buf[start] === 0x2a)) return -1;
    return this.services.intern(buf, start, end);
  }

  /** Region index of the current span: -1 for none. */
  spanRegion(): number {
    const { buf, start, end } = this.span;
    return end === start ? -1 : this.regions.intern(buf, start, end);
  }

  /** [word, line] of each unknown word, as first reported */
  unknownWordLines(): [string, number][] {
    return [...this.unknownWords];
  }

  /** Notes an unknown word another reader reported; false when this one had reported it already. */
  noteUnknownWord(lower: string, line: number): boolean {
    if (this.unknownWords.has(lower)) return false;
    this.unknownWords.set(lower, line);
    return true;
  }

  reject(line: number, message: string): void {
    this.rejected++;
    this.diagnostics.add(line, message);
  }

  /** Quoted text of the current span for messages, shortened. */
  shown(): string {
    const t = this.spanText();
    return `"${clipText(t)}"`;
  }
}
