import { decodeUtf8 } from './bytes';

/**
 * Interns byte strings (service names, regions, status words) without allocating for names already seen:
 * a row's bytes are hashed and compared in place; only a new name is decoded to a string once.
 * The hash table is open-addressed in an Int32Array (no Map lookup per cell, which a 10M-row log feels).
 */
export class ByteInterner {
  readonly names: string[] = [];
  private readonly keys: Uint8Array[] = [];
  private readonly hashes: number[] = [];
  /** slot -> id + 1 (0: empty); the size is a power of two, kept at most half full */
  private slots = new Int32Array(64);
  /** the id returned last: a column often repeats its previous value (a status word, a service) */
  private lastId = -1;

  intern(buf: Uint8Array, start: number, end: number): number {
    const lastId = this.lastId;
    if (lastId >= 0 && sameBytes(this.keys[lastId]!, buf, start, end)) return lastId;
    return (this.lastId = this.find(buf, start, end));
  }

  private find(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return this.add(buf, start, end, h, slot);
      if (this.hashes[id] === h && sameBytes(this.keys[id]!, buf, start, end)) return id;
    }
  }

  /** Interns a string directly (the file-stem service, JSON values already decoded). */
  internString(s: string): number {
    const bytes = new TextEncoder().encode(s);
    return this.intern(bytes, 0, bytes.length);
  }

  private add(buf: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const id = this.names.length;
    this.names.push(decodeUtf8(buf, start, end));
    this.keys.push(buf.slice(start, end));
    this.hashes.push(h);
    this.slots[slot] = id + 1;
    if (this.names.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function sameBytes(key: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== buf[start + i]) return false;
  return true;
}
