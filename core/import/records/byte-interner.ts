import { decodeName } from '../values/text-encoding';

/**
 * Interns byte strings (service names, regions, status words) without allocating for names already seen:
 * a row's bytes are hashed and compared in place; only a new spelling is decoded to a string once.
 * The hash table is open-addressed in an Int32Array (no Map lookup per cell, which a 10M-row log feels).
 *
 * Ids are given to names, not bytes: bytes that are not UTF-8 are decoded as Windows-1252 (latin1), so
 * `caf\xe9` and `caf\xe8` stay two names (café, cafè) instead of two ids both shown as "caf\ufffd", and a
 * spelling that decodes to a name already seen (café in UTF-8 and in latin1) is that name's id.
 */
export class ByteInterner {
  readonly names: string[] = [];
  /** how many spellings were not UTF-8 and were read as Windows-1252 */
  latin1 = 0;
  /** the id of each name, by its text */
  private readonly byName = new Map<string, number>();
  /** each spelling's id (spellings and ids differ only where two spellings decode to one name) */
  private readonly ids: number[] = [];
  /**
   * Every spelling's bytes (copies), end to end in one buffer read four at a time through `keys` when
   * compared: an ArrayBuffer of its own per spelling cost more than the rest of adding a name (200,000
   * services).
   */
  private pool = new Uint8Array(1024);
  private keys = new DataView(this.pool.buffer);
  /** bytes of the pool taken */
  private used = 0;
  /** each spelling's first byte in `pool` */
  private readonly offsets: number[] = [];
  /** each spelling's length */
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];
  /** slot -> id + 1 (0: empty); the size is a power of two, kept at most half full */
  private slots = new Int32Array(64);
  /** the spelling found last: a column often repeats its previous value (a status word, a service) */
  private lastId = -1;
  /**
   * A guess before the hash: (length, first, middle and last byte) -> id + 1 of the name last seen with
   * them. Reading four bytes instead of hashing every byte; the guess is checked byte for byte, so a wrong
   * one only costs the hash it was meant to save. Names of a random-order log (an interval log's services,
   * regions and words) miss `lastId` most of the time and hit here.
   */
  private readonly guesses = new Int32Array(GUESS_SLOTS);
  private viewBuf: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));

  intern(buf: Uint8Array, start: number, end: number): number {
    const lastId = this.lastId;
    const view = this.viewOf(buf);
    if (lastId >= 0 && this.same(lastId, view, start, end)) {
      return this.ids[lastId]!;
    }
    const n = end - start;
    if (n === 0) return this.ids[(this.lastId = this.find(buf, start, end))]!;
    const g = ((n * 0x2f) ^ buf[start]! ^ (buf[start + (n >> 1)]! << 3) ^ (buf[end - 1]! << 5)) & (GUESS_SLOTS - 1);
    const guess = this.guesses[g]! - 1;
    if (guess >= 0 && this.same(guess, view, start, end)) {
      return this.ids[(this.lastId = guess)]!;
    }
    const k = this.find(buf, start, end);
    this.guesses[g] = k + 1;
    return this.ids[(this.lastId = k)]!;
  }

  /** The spelling of buf[start, end), added when new. */
  private find(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = this.slots[slot]! - 1;
      if (k < 0) return this.add(buf, start, end, h, slot);
      if (this.hashes[k] === h && this.same(k, this.view, start, end)) return k;
    }
  }

  /** A DataView on buf, made again only when the buffer changes (once a chunk). */
  private viewOf(buf: Uint8Array): DataView {
    if (buf !== this.viewBuf) {
      this.viewBuf = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    return this.view;
  }

  /** Interns a string directly (the file-stem service, JSON values already decoded). */
  internString(s: string): number {
    const bytes = utf8.encode(s);
    return this.intern(bytes, 0, bytes.length);
  }

  private add(buf: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const k = this.lengths.length;
    const { text, latin1 } = decodeName(buf, start, end);
    if (latin1) this.latin1++;
    let id = this.byName.get(text);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(text);
      this.byName.set(text, id);
    }
    this.ids.push(id);
    this.keep(buf, start, end);
    this.lengths.push(end - start);
    this.hashes.push(h);
    this.slots[slot] = k + 1;
    if (this.lengths.length * 2 > this.slots.length) this.rehash();
    return k;
  }

  /** Copies buf[start, end) to the end of the pool, doubling it when full. */
  private keep(buf: Uint8Array, start: number, end: number): void {
    const used = this.used;
    const n = end - start;
    if (used + n > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, used + n));
      pool.set(this.pool.subarray(0, used));
      this.pool = pool;
      this.keys = new DataView(pool.buffer);
    }
    this.pool.set(buf.subarray(start, end), used);
    this.offsets.push(used);
    this.used = used + n;
  }

  /** Whether spelling k's bytes equal view's [start, end), compared four bytes at a time. */
  private same(k: number, view: DataView, start: number, end: number): boolean {
    const n = end - start;
    if (this.lengths[k] !== n) return false;
    const key = this.keys;
    const at = this.offsets[k]!;
    let i = 0;
    for (; i + 4 <= n; i += 4) if (key.getUint32(at + i) !== view.getUint32(start + i)) return false;
    for (; i < n; i++) if (key.getUint8(at + i) !== view.getUint8(start + i)) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.hashes.length; k++) {
      let slot = this.hashes[k]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

/** One encoder for internString: building one per call showed in a log of 200,000 services. */
const utf8 = new TextEncoder();

/** Slots of ByteInterner's guesses (a power of two): a few hundred names each get one of their own. */
const GUESS_SLOTS = 1024;
