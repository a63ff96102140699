import type { TextColumn } from '../../model/text-column';

/**
 * Builds a TextColumn from cell bytes, one entry per record: the bytes are copied as they are (no string per
 * row, the most of an interval log's garbage when it was one) and decoded only when a record is shown.
 * Grows like RecordColumns: doubling until the log's size is estimated (reserve), then by an eighth.
 */
export class TextColumnBuilder {
  count = 0;
  private bytes = 0;
  private reserved = false;
  private utf8 = new Uint8Array(4096);
  private ends = new Uint32Array(1024);

  /** Makes room for about `rows` records in all, with as many bytes each as the records so far. */
  reserve(rows: number): void {
    this.reserved = true;
    if (rows > this.ends.length) this.ends = resized(this.ends, Math.ceil(rows), this.count);
    if (this.count > 0) {
      // at most MAX_RESERVED_BYTES up front, as the record columns cap their rows: long texts in the first
      // rows only must not reserve gigabytes; a log that truly holds more grows from there
      const bytes = Math.min(Math.ceil((this.bytes / this.count) * rows), MAX_RESERVED_BYTES);
      if (bytes > this.utf8.length) this.utf8 = resized(this.utf8, bytes, this.bytes);
    }
  }

  /** The next record's text: buf[start, end) (an empty span: none). */
  push(buf: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.bytes + n > this.utf8.length) this.growBytes(this.bytes + n);
    if (this.count === this.ends.length) this.ends = resized(this.ends, this.grown(this.ends.length), this.count);
    // a byte loop: short cells (ids) copy faster this way than through set(subarray()), which allocates a view
    const utf8 = this.utf8;
    let at = this.bytes;
    for (let k = start; k < end; k++) utf8[at++] = buf[k]!;
    this.bytes = at;
    this.ends[this.count++] = at;
  }

  /** The next record has no text. */
  pushNone(): void {
    if (this.count === this.ends.length) this.ends = resized(this.ends, this.grown(this.ends.length), this.count);
    this.ends[this.count++] = this.bytes;
  }

  /** The column; views when little room is spare, as RecordColumns.finish. */
  finish(): TextColumn {
    return { utf8: trimmed(this.utf8, this.bytes), ends: trimmed(this.ends, this.count) };
  }

  private grown(n: number): number {
    return this.reserved ? n + Math.ceil(n / 8) : n * 2;
  }

  private growBytes(needed: number): void {
    if (needed > MAX_BYTES) {
      throw new Error(
        'the ids or titles of this log hold more than 4 GiB of text in all; remove the column from the mapping',
      );
    }
    this.utf8 = resized(this.utf8, Math.min(MAX_BYTES, Math.max(needed, this.grown(this.utf8.length))), this.bytes);
  }
}

/** The most text bytes reserve() sets aside at once (256 MiB). */
const MAX_RESERVED_BYTES = 256 * 1024 * 1024;

/** ends are Uint32: the text of one column stops at 2^32 - 1 bytes. */
const MAX_BYTES = 0xffff_ffff;

function resized<T extends Uint8Array | Uint32Array>(a: T, length: number, used: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a.subarray(0, used));
  return b;
}

function trimmed<T extends Uint8Array | Uint32Array>(a: T, n: number): T {
  return (n * 4 >= a.length * 3 ? a.subarray(0, n) : a.slice(0, n)) as T;
}
