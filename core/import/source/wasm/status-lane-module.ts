import { ChunkInstance } from './chunk-instance';
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
  /** i32 slot: the length of the new timestamp the last run stopped at (0: none) */
  newTsLength: 8,
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
  /** each template's stream: its last row's instant, and the step the next row must come after it (f64) */
  prevAt: 394240,
  stepAt: 410624,
  queueEntryBytes: 32,
  chunkAt: 458752,
} as const;

/** A length no chunk position can reach past: the template of a stream whose cells do not fit. */
export const NEVER_FITS = 0x40000000;

/** One lane's WebAssembly instance (see status-lane.wat). */
export function laneInstance(): ChunkInstance<{ run(pos: number, len: number, line: number): number }> {
  return new ChunkInstance(WASM_BASE64, LANE_MEMORY.chunkAt);
}
