const PAGE_BYTES = 65536;
/** bytes past a chunk that a 16-byte load may read */
const CHUNK_SLACK = 16;

const compiled = new Map<string, WebAssembly.Module>();

/**
 * An instance of one of the importer's WebAssembly modules (wasm/*.wat), each of which reads a chunk of the
 * log copied into its memory at `chunkAt`, and views of that memory.
 */
export class ChunkInstance<E extends object> {
  readonly exports: E;
  private readonly memory: WebAssembly.Memory;
  bytes!: Uint8Array;
  i32!: Int32Array;
  f64!: Float64Array;

  constructor(
    base64: string,
    private readonly chunkAt: number,
  ) {
    let module = compiled.get(base64);
    if (module === undefined) {
      // compiled once per thread: a few hundred bytes, so synchronous compilation is immediate
      module = new WebAssembly.Module(decodeBase64(base64));
      compiled.set(base64, module);
    }
    const exports = new WebAssembly.Instance(module, {}).exports as E & { memory: WebAssembly.Memory };
    this.exports = exports;
    this.memory = exports.memory;
    this.views();
  }

  /** Copies a chunk to where the module reads it, growing the memory for a chunk larger than any before. */
  loadChunk(buf: Uint8Array): void {
    const need = this.chunkAt + buf.length + CHUNK_SLACK;
    const have = this.memory.buffer.byteLength;
    if (need > have) {
      this.memory.grow(Math.ceil((need - have) / PAGE_BYTES));
      this.views();
    }
    this.bytes.set(buf, this.chunkAt);
  }

  /** Views of the memory (growing it detaches the old ones). */
  private views(): void {
    const b = this.memory.buffer;
    this.bytes = new Uint8Array(b);
    this.i32 = new Int32Array(b);
    this.f64 = new Float64Array(b);
  }
}

function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const text = atob(s);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
