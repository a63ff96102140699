/**
 * A short run of bytes to find again at any position of a chunk. Four bytes are compared at a time through
 * the chunk's DataView (about three times fewer steps than byte by byte, which is what a ten-million-row
 * log spends its time on); the last length % 4 bytes one by one.
 */
export class ByteRun {
  readonly length: number;
  private readonly bytes: Uint8Array;
  private readonly words: Int32Array;

  /** Copies buf[start, end): the run must not keep the chunk it came from alive. */
  constructor(buf: Uint8Array, start: number, end: number) {
    this.length = end - start;
    this.bytes = new Uint8Array(this.length);
    this.bytes.set(buf.subarray(start, end));
    this.words = new Int32Array(this.length >> 2);
    const view = new DataView(this.bytes.buffer);
    for (let k = 0; k < this.words.length; k++) this.words[k] = view.getInt32(k * 4, true);
  }

  /** Whether buf[at, at + length) holds the run; `view` is a DataView over the same bytes as `buf`. */
  at(buf: Uint8Array, view: DataView, at: number): boolean {
    const words = this.words;
    const w = words.length;
    for (let k = 0; k < w; k++) if (view.getInt32(at + 4 * k, true) !== words[k]) return false;
    const bytes = this.bytes;
    for (let k = w * 4; k < this.length; k++) if (buf[at + k] !== bytes[k]) return false;
    return true;
  }
}

/** A DataView over exactly the bytes of `buf`. */
export function viewOf(buf: Uint8Array): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}
