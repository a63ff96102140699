import { describe, expect, it } from 'vitest';
import { ByteInterner } from '@core/import/records/byte-interner';

/**
 * ByteInterner tries the previous id, then a guess from (length, first, middle and last byte), then the hash,
 * and compares bytes four at a time: every path must give the id a Map of the decoded names gives.
 */
describe('byte interner', () => {
  it('gives each distinct name one id, whatever its guess slot, buffer or offset', () => {
    // names that share length and first, middle and last bytes (the guess's key), prefixes, multi-byte,
    // lengths 0 to 9 (the four-byte comparison's tail), and many distinct ones (the table grows)
    const names = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'aXcYe', 'aYcXe', 'abcdef', 'abcdefghi', 'é', 'ée', '東京'];
    // same guess key, different only past the first four bytes: only the comparison's tail tells them apart
    names.push('abcdXe', 'abcdYe', 'abcdZe');
    // longer than the interner's whole first key buffer (1 KB), and differing only at the end
    names.push(`${'L'.repeat(5000)}a`, `${'L'.repeat(5000)}b`);
    for (let i = 0; i < 3_000; i++) names.push(`svc-${i}`, `s${i % 10}x${i}z`);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const interner = new ByteInterner();
    const reference = new Map<string, number>();
    const encoder = new TextEncoder();
    for (let k = 0; k < 40_000; k++) {
      const name = names[Math.floor(next() * next() * names.length)]!;
      // the name inside other bytes, at a random offset of a fresh buffer
      const pad = Math.floor(next() * 5);
      const bytes = encoder.encode(`${'#'.repeat(pad)}${name}${'#'.repeat(3)}`);
      const start = pad;
      const end = pad + encoder.encode(name).length;
      if (!reference.has(name)) reference.set(name, reference.size);
      expect([name, interner.intern(bytes, start, end)]).toEqual([name, reference.get(name)]);
    }
    expect(interner.names).toEqual([...reference.keys()]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and gives one id to spellings of one name', () => {
    const interner = new ByteInterner();
    const utf8 = new TextEncoder().encode('café');
    // café, cafè in latin1 (E9, E8), then café in UTF-8 (C3 A9), then café in latin1 again
    const ids = [
      interner.intern(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 0, 4),
      interner.intern(Uint8Array.of(0x63, 0x61, 0x66, 0xe8), 0, 4),
      interner.intern(utf8, 0, utf8.length),
      interner.intern(Uint8Array.of(0x63, 0x61, 0x66, 0xe9), 0, 4),
    ];
    expect(ids).toEqual([0, 1, 0, 0]);
    expect(interner.names).toEqual(['café', 'cafè']);
    // two spellings were latin1 (the repeat is found, not decoded again)
    expect(interner.latin1).toBe(2);
  });
});
