import { WASM_BASE64 } from './status-lane-wasm';

/** status-lane.wat's memory layout (byte offsets; the .wat's header comment is the reference). */
export const LANE_MEMORY = {
  /** i32 slots at 0: timestamp length, last template, rows taken, runs queued */
  tsLength: 0,
  last: 1,
  taken: 2,
  queued: 3,
  /** f64 slots at 16: the timestamp's instant and 15-minute bucket */
  instant: 2,
  bucket: 3,
  tsAt: 64,
  tsMax: 64,
  templatesAt: 1024,
  templateSize: 128,
  /** a template's fields: i32 slots from its start, then its bytes */
  templateLength: 0,
  templateEndsRow: 1,
  templateNext: 2,
  templateBytesAt: 16,
  templateBytesMax: 112,
  templatesMax: 2048,
  /** each template's pending run: rows (0: none) and first line (i32), first and last instant (f64) */
  pendingRowsAt: 263168,
  pendingLineAt: 271360,
  pendingFirstAt: 279552,
  pendingLastAt: 295936,
  queueAt: 328704,
  queueEntryBytes: 32,
  chunkAt: 458752,
  /** bytes past the chunk a 16-byte load may read */
  chunkSlack: 16,
} as const;

/** A length no chunk position can reach past: the template of a stream whose cells do not fit. */
export const NEVER_FITS = 0x40000000;

const PAGE_BYTES = 65536;

let compiled: WebAssembly.Module | null = null;

/** One lane's WebAssembly instance: its memory and run(pos, len, line) (see status-lane.wat). */
export class LaneInstance {
  readonly run: (pos: number, len: number, line: number) => number;
  private readonly memory: WebAssembly.Memory;
  bytes!: Uint8Array;
  i32!: Int32Array;
  f64!: Float64Array;

  constructor() {
    // compiled once per thread: a few hundred bytes, so synchronous compilation is immediate
    compiled ??= new WebAssembly.Module(decodeBase64(WASM_BASE64));
    const instance = new WebAssembly.Instance(compiled, {});
    const exports = instance.exports as {
      memory: WebAssembly.Memory;
      run: (pos: number, len: number, line: number) => number;
    };
    this.memory = exports.memory;
    this.run = exports.run;
    this.views();
  }

  /** Copies a chunk to where run() reads it, growing the memory when the chunk is larger than any before. */
  loadChunk(buf: Uint8Array): void {
    const need = LANE_MEMORY.chunkAt + buf.length + LANE_MEMORY.chunkSlack;
    if (need > this.memory.buffer.byteLength) {
      this.memory.grow(Math.ceil((need - this.memory.buffer.byteLength) / PAGE_BYTES));
      this.views();
    }
    this.bytes.set(buf, LANE_MEMORY.chunkAt);
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
