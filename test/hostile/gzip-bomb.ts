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
export function writeGzipBomb(path: string, prefix: string, unit: Buffer, decompressedBytes: number): GzipBomb {
  const units = Math.floor(BLOCK_BYTES / unit.length);
  const block = Buffer.alloc(units * unit.length);
  for (let i = 0; i < units; i++) unit.copy(block, i * unit.length);
  const head = Buffer.from(prefix, 'utf8');
  const repeats = Math.max(1, Math.round((decompressedBytes - head.length) / block.length));

  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const headDeflated = deflateRawSync(head, flush);
  const blockDeflated = deflateRawSync(block, flush);
  const finalBlock = deflateRawSync(Buffer.alloc(0)); // an empty final block

  let crc = crc32(head);
  for (let i = 0; i < repeats; i++) crc = crc32(block, crc);
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
