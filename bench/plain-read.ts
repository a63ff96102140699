import { createReadStream } from 'node:fs';

/** The floor: Node reading the file's bytes and nothing else (1 MiB chunks, as the importer reads). */
export async function plainRead(path: string): Promise<number> {
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) bytes += (chunk as Buffer).length;
  return bytes;
}
