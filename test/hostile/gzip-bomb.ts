import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const BLOCK_BYTES = 64 * 1024 * 1024;

export interface GzipBomb {
  compressedBytes: number;
  decompressedBytes: number;
}

/**
 * Writes one valid gzip member that inflates to `prefix` followed by `unit` repeated until about
 * `decompressedBytes`, without ever compressing that much: a 64 MiB block of units is deflated once with a
 * full flush (which resets the match window, so the compressed block decodes the same wherever it sits)
 * and its bytes are written again and again. Zeros reach deflate's ~1030:1 limit (10 GiB in ~10 MB);
 * a repeated CSV row reaches ~340:1. CRC-32 and length are real, so a reader that inflates it all sees a
 * well-formed file: only a bound on decompressed bytes or on the ratio stops it.
 */
/** Product of a 32x32 matrix over GF(2) (one column per bit) and a vector. */
function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i]!;
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]!);
}

/**
 * CRC-32 of A followed by B from crc(A), crc(B) and B's length: zlib's crc32_combine. It spares hashing the
 * bomb's gigabytes (the same block's CRC is combined once per repeat).
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320; // the CRC-32 polynomial: the operator for one zero bit
  for (let n = 1; n < 32; n++) odd[n] = 1 << (n - 1);
  gf2Square(even, odd); // two zero bits
  gf2Square(odd, even); // four zero bits
  let crc = crcA >>> 0;
  let len = lengthB;
  while (len !== 0) {
    gf2Square(even, odd); // first pass: one zero byte
    if (len & 1) crc = gf2Times(even, crc);
    len >>>= 1;
    if (len === 0) break;
    gf2Square(odd, even);
    if (len & 1) crc = gf2Times(odd, crc);
    len >>>= 1;
  }
  return (crc ^ crcB) >>> 0;
}

export function writeGzipBomb(path: string, prefix: string, unit: Buffer, decompressedBytes: number): GzipBomb {
  const units = Math.floor(BLOCK_BYTES / unit.length);
  const block = Buffer.alloc(units * unit.length, unit);
  const head = Buffer.from(prefix, 'utf8');
  const repeats = Math.max(1, Math.round((decompressedBytes - head.length) / block.length));

  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const headDeflated = deflateRawSync(head, flush);
  const blockDeflated = deflateRawSync(block, flush);
  const finalBlock = deflateRawSync(Buffer.alloc(0)); // an empty final block

  const blockCrc = crc32(block);
  let crc = crc32(head);
  for (let i = 0; i < repeats; i++) crc = crc32Combine(crc, blockCrc, block.length);
  const total = head.length + repeats * block.length;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(total % 2 ** 32, 4); // ISIZE is the length modulo 2^32 (RFC 1952)

  // magic, deflate, no flags, no mtime, max compression, unknown OS
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255]);
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    for (const part of [header, headDeflated]) written += writeSync(fd, part);
    for (let i = 0; i < repeats; i++) written += writeSync(fd, blockDeflated);
    for (const part of [finalBlock, trailer]) written += writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
  return { compressedBytes: written, decompressedBytes: total };
}
