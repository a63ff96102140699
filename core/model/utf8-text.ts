const utf8 = new TextDecoder('utf-8');

/** UTF-8 bytes [start, end) as text. */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  // short ASCII values (ids, names) are most of what logs hold: building them directly skips the
  // decoder's per-call cost
  if (end - start <= 32) {
    let s = '';
    for (let i = start; i < end; i++) {
      const b = buf[i]!;
      if (b >= 0x80) return utf8.decode(buf.subarray(start, end));
      s += String.fromCharCode(b);
    }
    return s;
  }
  return utf8.decode(buf.subarray(start, end));
}
