import { clipText } from '../../format/clip-text';
import type { ImportSettings } from '../../model/import-settings';
import { ByteInterner } from '../records/byte-interner';
import { decodeUtf8, trimEnd, trimStart } from '../source/bytes';
import type { ColumnPlan } from './column-mapping';
import { ASSUMED, type DiagnosticLog } from './diagnostics';
import type { RowCells } from '../containers/row-cells';
import { COMPACT_DATE, EPOCH_SECONDS, OFFSETLESS, TimestampReader } from '../values/timestamp';
import { serviceNamesIn } from '../values/service-list';
import { MAJOR, WordMeanings, type WordCode } from '../values/words';

/** How the report of an unknown status or severity word begins (a log read in halves reports each once). */
export const UNKNOWN_WORD = 'unknown word ';

/** SPEC 3's words for an interval log without a severity column. */
export const NO_SEVERITY_COLUMN = `${ASSUMED}no severity column: every record counted as a major outage`;

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
  /** service cells as written (a cell may list several services), and the code each stands for (spanService) */
  private readonly serviceCells = new ByteInterner();
  private readonly cellCodes: number[] = [];
  /** the services of each listing cell: code -3 - k is lists[k] */
  private readonly lists: number[][] = [];
  /** TimestampReader.forms already named in the diagnostics */
  private formsNoted = 0;
  private platformNoted = false;
  private emptySeverityNoted = false;
  private latin1Noted = false;
  private readonly inputTimeZone: string;
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
    this.inputTimeZone = settings.inputTimeZone;
    this.stemService = plan.columns.service === undefined ? this.services.internString(stem) : -2;
    for (const note of plan.notes) diagnostics.assume(0, ASSUMED + note);
    if (this.stemService >= 0) {
      diagnostics.assume(
        0,
        `${ASSUMED}no service column: every record belongs to one service named "${clipText(stem)}"`,
      );
    }
    if (plan.shape === 'interval' && plan.columns.severity === undefined && !plan.statusAsSeverity) {
      diagnostics.assume(0, NO_SEVERITY_COLUMN);
    }
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

  /** Instant of the current span, NaN when it is no timestamp; `line`: the row's, where a form is first seen. */
  spanInstant(line: number): number {
    const t = this.timestamps.readTrimmed(this.span.buf, this.span.start, this.span.end);
    if (this.timestamps.forms !== this.formsNoted) this.noteForms(line);
    return t;
  }

  /** Names the timestamp forms read since the last call (the time zone assumed, compact dates). */
  noteForms(line: number): void {
    const forms = this.timestamps.forms;
    const fresh = forms & ~this.formsNoted;
    this.formsNoted = forms;
    const zone = this.inputTimeZone;
    if (fresh & OFFSETLESS) {
      this.diagnostics.assume(
        line,
        `${ASSUMED}timestamps without a UTC offset are read in the input time zone, ${zone}; set it if they are another zone's local times`,
      );
    }
    if (fresh & COMPACT_DATE) {
      this.diagnostics.assume(
        line,
        `${ASSUMED}10-digit timestamps that form a date and hour (YYYYMMDDHH, such as 2024011000) are read as that hour in ${zone}, not as epoch seconds`,
      );
    }
    if (
      fresh & (COMPACT_DATE | EPOCH_SECONDS) &&
      (forms & (COMPACT_DATE | EPOCH_SECONDS)) === (COMPACT_DATE | EPOCH_SECONDS)
    ) {
      this.diagnostics.add(
        line,
        '10-digit timestamps of two kinds: some read as dates (YYYYMMDDHH), others as epoch seconds; set a date format if one kind is wrong',
      );
    }
  }

  /** The severity cell of the row is empty: it counts as major, said once (SPEC 3). */
  emptySeverity(line: number): void {
    if (this.emptySeverityNoted) return;
    this.emptySeverityNoted = true;
    this.diagnostics.assume(line, `${ASSUMED}a record with an empty severity counts as a major outage`);
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

  /**
   * The service code of the current span: the service's index, -1 for empty or `*` (platform-wide), or a
   * list code <= -3 for a cell that names several services (`API, Playground`, `a;b`, `a|b`, a JSON array;
   * serviceList gives them). `line`: the row's.
   */
  spanService(line: number): number {
    const { buf, start, end } = this.span;
    let code = -1;
    if (end > start && !(end - start === 1 && buf[start] === 0x2a)) {
      const cell = this.serviceCells.intern(buf, start, end);
      code = this.cellCodes[cell] ?? this.codeOfCell(cell, line);
    }
    if (code === -1 && !this.platformNoted) {
      this.platformNoted = true;
      this.diagnostics.assume(line, `${ASSUMED}a record with no service (empty or *) applies to every service`);
    }
    return code;
  }

  /** The services a list code (spanService) stands for. */
  serviceList(code: number): readonly number[] {
    return this.lists[-3 - code]!;
  }

  private codeOfCell(cell: number, line: number): number {
    const names = serviceNamesIn(this.serviceCells.names[cell]!);
    let code: number;
    if (names.length === 0 || names.includes('*')) code = -1;
    else if (names.length === 1) code = this.services.internString(names[0]!);
    else {
      code = -3 - this.lists.length;
      this.lists.push(names.map((n) => this.services.internString(n)));
    }
    this.cellCodes[cell] = code;
    if (this.serviceCells.latin1 > 0) this.noteLatin1(line, 'service');
    return code;
  }

  /** Region index of the current span: -1 for none. */
  spanRegion(line: number): number {
    const { buf, start, end } = this.span;
    if (end === start) return -1;
    const region = this.regions.intern(buf, start, end);
    if (this.regions.latin1 > 0) this.noteLatin1(line, 'region');
    return region;
  }

  private noteLatin1(line: number, what: string): void {
    if (this.latin1Noted) return;
    this.latin1Noted = true;
    this.diagnostics.assume(
      line,
      `${ASSUMED}names that are not UTF-8 (the first a ${what}) are read as Windows-1252 (latin1); save the log as UTF-8 if they show wrong`,
    );
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
