/**
 * Values keyed by two byte ranges of a row (a status log's service and region cells), found with one hash
 * and one comparison in place: the per-row cost of a ten-million-row log, so no strings, no Map, no interning.
 * Keys are stored as first bytes, 0xff (never in UTF-8), second bytes.
 */
export class StreamIndex<T> {
  private readonly keys: Uint8Array[] = [];
  private readonly hashes: number[] = [];
  private readonly values: T[] = [];
  /** slot -> index + 1 (0: empty); a power of two, kept at most half full */
  private slots = new Int32Array(64);

  /** index of the key found last, and for each key the index found after it last time (-1: none) */
  private last = -1;
  private readonly following: number[] = [];

  get(buf: Uint8Array, s1: number, e1: number, s2: number, e2: number): T | undefined {
    // logs repeat their streams in a cycle (every stream once per minute): the key that followed the last
    // one before is checked first, which spares the hash
    const last = this.last;
    if (last >= 0) {
      const guess = this.following[last]!;
      if (guess >= 0 && sameKey(this.keys[guess]!, buf, s1, e1, s2, e2)) {
        this.last = guess;
        return this.values[guess];
      }
    }
    const h = hashOf(buf, s1, e1, s2, e2);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return undefined;
      if (this.hashes[k] === h && sameKey(this.keys[k]!, buf, s1, e1, s2, e2)) {
        if (last >= 0) this.following[last] = k;
        this.last = k;
        return this.values[k];
      }
    }
  }

  set(buf: Uint8Array, s1: number, e1: number, s2: number, e2: number, value: T): void {
    const key = new Uint8Array(e1 - s1 + 1 + e2 - s2);
    key.set(buf.subarray(s1, e1), 0);
    key[e1 - s1] = 0xff;
    key.set(buf.subarray(s2, e2), e1 - s1 + 1);
    this.keys.push(key);
    this.hashes.push(hashOf(buf, s1, e1, s2, e2));
    this.values.push(value);
    this.following.push(-1);
    if (this.last >= 0) this.following[this.last] = this.keys.length - 1;
    this.last = this.keys.length - 1;
    if (this.keys.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let k = 0; k < this.keys.length; k++) this.place(k);
    } else this.place(this.keys.length - 1);
  }

  private place(k: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = this.hashes[k]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = k + 1;
  }
}

function hashOf(buf: Uint8Array, s1: number, e1: number, s2: number, e2: number): number {
  let h = 0x811c9dc5;
  for (let i = s1; i < e1; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  h = Math.imul(h ^ 0xff, 0x01000193);
  for (let i = s2; i < e2; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h >>> 0;
}

function sameKey(key: Uint8Array, buf: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  const n1 = e1 - s1;
  if (key.length !== n1 + 1 + e2 - s2 || key[n1] !== 0xff) return false;
  for (let i = 0; i < n1; i++) if (key[i] !== buf[s1 + i]) return false;
  for (let i = s2, k = n1 + 1; i < e2; i++, k++) if (key[k] !== buf[i]) return false;
  return true;
}
