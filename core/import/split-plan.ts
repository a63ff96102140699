import { open } from 'node:fs/promises';
import { LF, QUOTE, isGzip, isSpace } from './bytes';
import type { ImportOptions } from './import-types';
import { LogImporter } from './log-importer';

/** Bytes read at the start (header, container, shape) and at the middle (the next line end). */
const PROBE_BYTES = 64 * 1024;

export interface SplitPlan {
  /** the first line, BOM included, through its line feed */
  header: Uint8Array;
  /** the second half starts here: just after a line feed */
  mid: number;
}

/**
 * Where to cut a log so that two threads can read it, or null to read it on one: only a plain (not gzip)
 * CSV/TSV status log of at least `minBytes`, whose header holds no quote, is cut, at the first line end
 * after the middle. A quoted field that spans the cut is found later (the first half does not end with a
 * whole row) and the first thread then reads on by itself.
 */
export async function planSplit(
  path: string,
  size: number,
  opts: Pick<ImportOptions, 'fileName' | 'settings'>,
  minBytes: number,
): Promise<SplitPlan | null> {
  if (size < minBytes) return null;
  const handle = await open(path, 'r');
  try {
    const probe = async (at: number): Promise<Uint8Array> => {
      const buf = new Uint8Array(PROBE_BYTES);
      const { bytesRead } = await handle.read(buf, 0, PROBE_BYTES, at);
      return buf.subarray(0, bytesRead);
    };
    const head = await probe(0);
    if (isGzip(head)) return null;
    const lf = head.indexOf(LF);
    // the second half is read behind a copy of the first line, which must be the header: not blank (blank
    // lines before the header are skipped by the reader) and holding no quote (a header cell with a line end)
    if (lf < 0 || head.subarray(0, lf).includes(QUOTE) || head.subarray(0, lf).every(isBlankByte)) return null;
    const look = new LogImporter({ fileName: opts.fileName, settings: opts.settings, previewRows: 1 });
    look.push(head);
    const preview = look.preview();
    // only status logs pay for a second thread (log-half.ts says why)
    if (preview.shape !== 'status' || /^(nd)?json/.test(preview.format)) return null;
    const at = Math.floor(size / 2);
    const middle = await probe(at);
    const next = middle.indexOf(LF);
    if (next < 0 || at + next + 1 >= size) return null;
    return { header: head.slice(0, lf + 1), mid: at + next + 1 };
  } finally {
    await handle.close();
  }
}

/** whitespace or a byte of the UTF-8 BOM */
const isBlankByte = (b: number): boolean => isSpace(b) || b === 0xef || b === 0xbb || b === 0xbf;
