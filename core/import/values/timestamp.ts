import { parse as parseWithPattern } from 'date-fns';
import { tz } from '@date-fns/tz';
import { daysOfDate, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../time/civil-time';
import { decodeUtf8, trimEnd, trimStart } from '../source/bytes';
import { ZoneClock } from '../../time/zone-clock';

/**
 * Reads the timestamps of SPEC 2 straight from UTF-8 bytes by digit arithmetic: ISO 8601 / RFC 3339 with `T`
 * or a space, optional seconds and fraction, `Z`, `±HH:MM`, `±HHMM`, `±HH`, `UTC`/`GMT` or no offset
 * (then the input time zone), a bare date (midnight), epoch seconds (10 digits) or milliseconds (13 digits).
 * Anything else goes to the user's date-fns pattern, if one is set.
 */
export class TimestampReader {
  /**
   * The forms read so far (TIMESTAMP_FORMS bits), so the import can name what it assumed: timestamps without
   * an offset read in the input time zone, 10-digit values read as YYYYMMDDHH rather than epoch seconds
   */
  forms = 0;
  private readonly clock: ZoneClock | null;
  /** the user's pattern names no zone or offset: what it reads is in the input time zone */
  private readonly patternIsLocal: boolean;
  private readonly patternZone;
  /** the last timestamp read, as bytes, and its value: status logs repeat one timestamp for every stream */
  private readonly lastBytes = new Uint8Array(64);
  private lastLength = -1;
  private lastValue = NaN;
  /** reads in a row that missed the cache: past MISS_STREAK, only one miss in MISS_STREAK refreshes it */
  private misses = 0;
  private readonly lastView = new DataView(this.lastBytes.buffer);
  /** a DataView on the buffer of the current rows (a chunk), made again when the chunk changes */
  private viewOf: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));

  constructor(
    inputTimeZone: string,
    private readonly dateFormat: string | null,
  ) {
    this.clock = inputTimeZone === 'UTC' || inputTimeZone === 'Etc/UTC' ? null : new ZoneClock(inputTimeZone);
    this.patternZone = tz(inputTimeZone);
    // date-fns' zone and offset tokens (X x O z), outside quoted text
    this.patternIsLocal = dateFormat !== null && !/[XxOz]/.test(dateFormat.replace(/'[^']*'/g, ''));
    if (dateFormat !== null) {
      try {
        parseWithPattern('', dateFormat, new Date(0), { in: this.patternZone });
      } catch (e) {
        throw new Error(`the date format "${dateFormat}" is not a date-fns pattern (${(e as Error).message})`, {
          cause: e,
        });
      }
    }
  }

  /** ms since epoch, or NaN when the bytes hold no timestamp this reader understands. */
  read(buf: Uint8Array, start: number, end: number): number {
    const s = trimStart(buf, start, end);
    return this.readTrimmed(buf, s, trimEnd(buf, s, end));
  }

  /** read() of bytes with no surrounding spaces (RowContext's spans are trimmed already). */
  readTrimmed(buf: Uint8Array, s: number, e: number): number {
    const n = e - s;
    const last = this.lastBytes;
    if (n === this.lastLength) {
      // from the end, four bytes at a time: two different timestamps of one log usually differ in their
      // last digits
      if (buf !== this.viewOf) {
        this.viewOf = buf;
        this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      }
      const view = this.view;
      const lastView = this.lastView;
      let k = n - 4;
      while (k >= 0 && view.getUint32(s + k) === lastView.getUint32(k)) k -= 4;
      if (k < 0) {
        k += 3;
        while (k >= 0 && buf[s + k] === last[k]) k--;
        if (k < 0) {
          this.misses = 0;
          return this.lastValue;
        }
      }
    }
    let t = this.readStandard(buf, s, e);
    if (Number.isNaN(t) && this.dateFormat !== null && s !== e) t = this.readPattern(decodeUtf8(buf, s, e));
    // an interval log's timestamps rarely repeat: copying each into the cache cost more than reading it
    // (about 0.2 s of 2M timestamps), so a long run of misses refreshes the cache only now and then, often
    // enough that a log whose timestamps start repeating is caught again within MISS_STREAK rows
    const misses = ++this.misses;
    if (n <= last.length && (misses <= MISS_STREAK || (misses & (MISS_STREAK - 1)) === 0)) {
      for (let k = 0; k < n; k++) last[k] = buf[s + k]!;
      this.lastLength = n;
      this.lastValue = t;
    }
    return t;
  }

  readPattern(text: string): number {
    if (this.dateFormat === null) return NaN;
    if (this.patternIsLocal) this.forms |= OFFSETLESS;
    const d = parseWithPattern(text, this.dateFormat, new Date(0), { in: this.patternZone });
    return d.getTime();
  }

  private readStandard(b: Uint8Array, s: number, e: number): number {
    const n = e - s;
    if (n < 10) return NaN;
    if (n >= 19) {
      // the common full form first: a fixed layout read without a call or a bounds check per digit
      const wall = dateTimeToSeconds(b, s);
      if (wall === wall) return this.afterSeconds(b, s + 19, e, wall);
    }
    if (n === 10 || n === 13) {
      const v = digits(b, s, n);
      if (v >= 0) {
        if (n === 13) return v;
        const compact = this.compactDate(b, s);
        if (compact === compact) return compact;
        this.forms |= EPOCH_SECONDS;
        return v * 1000;
      }
    }
    // YYYY-MM-DD
    const y = digits(b, s, 4);
    const mo = digits(b, s + 5, 2);
    const d = digits(b, s + 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || b[s + 4] !== 0x2d || b[s + 7] !== 0x2d) return NaN;
    let wall = daysOfDate(y, mo, d) * MS_PER_DAY;
    if (Number.isNaN(wall)) return NaN; // the day is past the month's end
    let i = s + 10;
    if (i < e) {
      const sep = b[i];
      if (sep !== 0x54 && sep !== 0x74 && sep !== 0x20) return NaN; // T, t, space
      const h = digits(b, i + 1, 2);
      const mi = digits(b, i + 4, 2);
      if (h < 0 || h > 23 || mi < 0 || mi > 59 || b[i + 3] !== 0x3a || i + 6 > e) return NaN;
      wall += h * MS_PER_HOUR + mi * MS_PER_MINUTE;
      i += 6;
      if (i < e && b[i] === 0x3a) {
        const sec = digits(b, i + 1, 2);
        if (sec < 0 || sec > 60 || i + 3 > e) return NaN;
        return this.afterSeconds(b, i + 3, e, wall + sec * 1000);
      }
    }
    return this.zoned(b, i, e, wall);
  }

  /**
   * Ten digits that form a date and hour, YYYYMMDDHH with the year 1900..2099 (`2024011000`), read as that
   * wall time in the input time zone; NaN for any other ten digits, which are epoch seconds. The same ten
   * digits as epoch seconds would fall after March 2030, where no past log's timestamps are.
   */
  private compactDate(b: Uint8Array, s: number): number {
    const y = digits(b, s, 4);
    const mo = digits(b, s + 4, 2);
    const d = digits(b, s + 6, 2);
    const h = digits(b, s + 8, 2);
    if (y < 1900 || y > 2099 || mo < 1 || mo > 12 || d < 1 || h > 23) return NaN;
    const wall = daysOfDate(y, mo, d) * MS_PER_DAY + h * MS_PER_HOUR;
    if (Number.isNaN(wall)) return NaN; // the day is past the month's end
    this.forms |= COMPACT_DATE;
    return this.zoned(b, s + 10, s + 10, wall);
  }

  /** The rest of a timestamp after its seconds, at [i, e): an optional fraction, then the offset or zone. */
  private afterSeconds(b: Uint8Array, i: number, e: number, wall: number): number {
    if (i < e && (b[i] === 0x2e || b[i] === 0x2c)) {
      // fraction: milliseconds from the first three digits, finer digits dropped
      i++;
      let scale = 100;
      const fracStart = i;
      while (i < e && b[i]! >= 0x30 && b[i]! <= 0x39) {
        wall += (b[i]! - 0x30) * scale;
        scale /= 10;
        i++;
      }
      if (i === fracStart) return NaN;
      wall = Math.floor(wall);
    }
    return this.zoned(b, i, e, wall);
  }

  /** The instant of wall-clock `wall` given the offset or zone at [i, e) (none: the input time zone). */
  private zoned(b: Uint8Array, i: number, e: number, wall: number): number {
    if (i < e && b[i] === 0x20) i++; // "2024-03-01 10:00:00 +0100", "... UTC"
    if (i === e) {
      this.forms |= OFFSETLESS;
      return this.clock === null ? wall : this.clock.wallToUtc(wall);
    }
    return applyOffset(b, i, e, wall);
  }
}

/**
 * `YYYY-MM-DD?HH:MM:SS` at b[s..s+19) (the caller checked the 19 bytes exist; ? is T, t or a space) as wall
 * ms, NaN when the bytes are not exactly that with a valid date and time. The same checks and sum as the
 * general path of readStandard, so either reads a timestamp to the same value.
 */
function dateTimeToSeconds(b: Uint8Array, s: number): number {
  const sep = b[s + 10];
  if (
    b[s + 4] !== 0x2d ||
    b[s + 7] !== 0x2d ||
    (sep !== 0x54 && sep !== 0x74 && sep !== 0x20) ||
    b[s + 13] !== 0x3a ||
    b[s + 16] !== 0x3a
  ) {
    return NaN;
  }
  // each byte minus '0', as unsigned: a digit is 0..9, anything else above 9
  const y0 = (b[s]! - 0x30) >>> 0;
  const y1 = (b[s + 1]! - 0x30) >>> 0;
  const y2 = (b[s + 2]! - 0x30) >>> 0;
  const y3 = (b[s + 3]! - 0x30) >>> 0;
  const m0 = (b[s + 5]! - 0x30) >>> 0;
  const m1 = (b[s + 6]! - 0x30) >>> 0;
  const d0 = (b[s + 8]! - 0x30) >>> 0;
  const d1 = (b[s + 9]! - 0x30) >>> 0;
  const h0 = (b[s + 11]! - 0x30) >>> 0;
  const h1 = (b[s + 12]! - 0x30) >>> 0;
  const i0 = (b[s + 14]! - 0x30) >>> 0;
  const i1 = (b[s + 15]! - 0x30) >>> 0;
  const s0 = (b[s + 17]! - 0x30) >>> 0;
  const s1 = (b[s + 18]! - 0x30) >>> 0;
  if (
    y0 > 9 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    m0 > 9 ||
    m1 > 9 ||
    d0 > 9 ||
    d1 > 9 ||
    h0 > 9 ||
    h1 > 9 ||
    i0 > 9 ||
    i1 > 9 ||
    s0 > 9 ||
    s1 > 9
  ) {
    return NaN;
  }
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  const h = h0 * 10 + h1;
  const mi = i0 * 10 + i1;
  const sec = s0 * 10 + s1;
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60) return NaN;
  // NaN when the day is past the month's end
  return daysOfDate(y, mo, d) * MS_PER_DAY + h * MS_PER_HOUR + mi * MS_PER_MINUTE + sec * 1000;
}

/** TimestampReader.forms: a timestamp without an offset, read in the input time zone */
export const OFFSETLESS = 1;
/** TimestampReader.forms: ten digits read as YYYYMMDDHH */
export const COMPACT_DATE = 2;
/** TimestampReader.forms: ten digits read as epoch seconds */
export const EPOCH_SECONDS = 4;

/** Misses in a row after which the timestamp cache is refreshed once per this many reads (a power of two). */
const MISS_STREAK = 16;

/** The offset suffix at [i, e): Z, UTC, GMT, ±HH, ±HHMM or ±HH:MM. */
function applyOffset(b: Uint8Array, i: number, e: number, wall: number): number {
  const c = b[i];
  if (c === 0x5a || c === 0x7a) return i + 1 === e ? wall : NaN; // Z z
  if (e - i === 3 && c !== 0x2b && c !== 0x2d) {
    const word = String.fromCharCode(b[i]! | 0x20, b[i + 1]! | 0x20, b[i + 2]! | 0x20);
    return word === 'utc' || word === 'gmt' ? wall : NaN;
  }
  if (c !== 0x2b && c !== 0x2d) return NaN;
  const sign = c === 0x2d ? -1 : 1;
  const oh = digits(b, i + 1, 2);
  if (oh < 0 || oh > 23) return NaN;
  let om = 0;
  const rest = e - (i + 3);
  if (rest === 2) om = digits(b, i + 3, 2);
  else if (rest === 3 && b[i + 3] === 0x3a) om = digits(b, i + 4, 2);
  else if (rest !== 0) return NaN;
  if (om < 0 || om > 59) return NaN;
  return wall - sign * (oh * MS_PER_HOUR + om * MS_PER_MINUTE);
}

/** The n ASCII digits at b[i..i+n) as a number, or -1 when any byte is not a digit. */
function digits(b: Uint8Array, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = b[i + k];
    if (c === undefined || c < 0x30 || c > 0x39) return -1;
    v = v * 10 + (c - 0x30);
  }
  return v;
}
