import type { FileHandle } from 'node:fs/promises';
import { isGzip } from './bytes';
import type { ImportOptions, LogPreview } from '../shape/import-options';
import { LogImporter } from '../log-importer';

/** Bytes read at the start of a log to tell its container, format and shape before reading it whole. */
export const HEAD_PROBE_BYTES = 64 * 1024;

/** Up to `bytes` bytes of the file at `at`. */
export async function probeAt(handle: FileHandle, at: number, bytes = HEAD_PROBE_BYTES): Promise<Uint8Array> {
  const buf = new Uint8Array(bytes);
  const { bytesRead } = await handle.read(buf, 0, bytes, at);
  return buf.subarray(0, bytesRead);
}

/** The format and shape the first bytes of a log show (null for gzip, which the head does not show). */
export function headPreview(head: Uint8Array, opts: Pick<ImportOptions, 'fileName' | 'settings'>): LogPreview | null {
  if (isGzip(head)) return null;
  const look = new LogImporter({ fileName: opts.fileName, settings: opts.settings, previewRows: 1 });
  look.push(head);
  return look.preview();
}

/**
 * Whether the reader of this log copies whatever it keeps of a chunk, so two read buffers can take turns:
 * CSV/TSV of either shape (the carry, names, fast-lane runs, ids and titles are copies). Not gzip (zlib holds
 * on to its input) nor JSON.
 */
export function copiesChunks(preview: LogPreview | null): boolean {
  return preview !== null && !/^(nd)?json/.test(preview.format);
}
