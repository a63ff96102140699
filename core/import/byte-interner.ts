import { decodeUtf8 } from './bytes';

/**
 * Interns byte strings (service names, regions, status words) without allocating for names already seen:
 * a row's bytes are hashed and compared in place; only a new name is decoded to a string once.
 */
export class ByteInterner {
  readonly names: string[] = [];
  private readonly keys: Uint8Array[] = [];
  private readonly next: number[] = [];
  private readonly heads = new Map<number, number>();

  intern(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    let idx = this.heads.get(h);
    while (idx !== undefined && idx >= 0) {
      if (sameBytes(this.keys[idx]!, buf, start, end)) return idx;
      idx = this.next[idx]!;
    }
    const id = this.names.length;
    this.names.push(decodeUtf8(buf, start, end));
    this.keys.push(buf.slice(start, end));
    this.next.push(this.heads.get(h) ?? -1);
    this.heads.set(h, id);
    return id;
  }

  /** Interns a string directly (the file-stem service, JSON values already decoded). */
  internString(s: string): number {
    const bytes = new TextEncoder().encode(s);
    return this.intern(bytes, 0, bytes.length);
  }
}

function sameBytes(key: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== buf[start + i]) return false;
  return true;
}
