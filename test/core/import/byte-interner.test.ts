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
});
