/** Byte-level helpers shared by the readers: the fast path works on UTF-8 bytes, not strings. */

export const LF = 0x0a;
export const CR = 0x0d;
export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const TAB = 0x09;
export const SEMICOLON = 0x3b;

// the readers' one text decoder lives with the record model, which decodes ids and titles the same way
export { decodeUtf8 } from '../../model/utf8-text';

export function isSpace(b: number): boolean {
  return b === 0x20 || b === TAB || b === CR || b === LF;
}

/** Start of [start, end) without leading spaces. */
export function trimStart(buf: Uint8Array, start: number, end: number): number {
  while (start < end && isSpace(buf[start]!)) start++;
  return start;
}

/** End of [start, end) without trailing spaces. */
export function trimEnd(buf: Uint8Array, start: number, end: number): number {
  while (end > start && isSpace(buf[end - 1]!)) end--;
  return end;
}

/**
 * Copies n bytes of `from` at start to `to` at `at`. A loop, not set(subarray()): a Buffer's subarray costs
 * more than copying the few dozen bytes of a name or a row's cells.
 */
export function copyBytes(from: Uint8Array, start: number, n: number, to: Uint8Array, at: number): void {
  for (let k = 0; k < n; k++) to[at + k] = from[start + k]!;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The pieces as one buffer of `total` bytes, copied once (joining them two at a time copies each again per piece). */
export function joinBytes(pieces: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function hasUtf8Bom(buf: Uint8Array): boolean {
  return buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
}

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** UTF-16 text has a byte-order mark FF FE or FE FF; we read UTF-8 only and say so. */
export function hasUtf16Bom(buf: Uint8Array): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

/** Text logs hold no NUL bytes and few control characters; anything else is a binary file. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== TAB && b !== LF && b !== CR && b !== 0x0c) control++;
  }
  return control > n / 10;
}

/** A growable byte buffer for unescaped fields (quoted CSV, JSON values). */
export class ByteScratch {
  buf = new Uint8Array(4096);
  length = 0;

  reset(): void {
    this.length = 0;
  }

  push(b: number): void {
    if (this.length === this.buf.length) this.grow(this.length + 1);
    this.buf[this.length++] = b;
  }

  append(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.buf.length) this.grow(this.length + n);
    this.buf.set(src.subarray(start, end), this.length);
    this.length += n;
  }

  private encoder = new TextEncoder();

  appendString(s: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit
    if (this.length + s.length * 3 > this.buf.length) this.grow(this.length + s.length * 3);
    this.length += this.encoder.encodeInto(s, this.buf.subarray(this.length)).written;
  }

  private grow(min: number): void {
    let cap = this.buf.length * 2;
    while (cap < min) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}
