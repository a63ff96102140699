import type { FileHandle } from 'node:fs/promises';
import { LF, QUOTE, isSpace } from '../bytes';
import { copiesChunks, probeAt } from '../head-probe';
import type { LogPreview } from '../../shape/import-options';

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
  handle: FileHandle,
  head: Uint8Array,
  /** what the head shows (headPreview) */
  preview: LogPreview | null,
  size: number,
  minBytes: number,
): Promise<SplitPlan | null> {
  if (size < minBytes) return null;
  // only plain CSV/TSV status logs pay for a second thread (log-half.ts says why)
  if (!copiesChunks(preview) || preview!.shape !== 'status') return null;
  const lf = head.indexOf(LF);
  // the second half is read behind a copy of the first line, which must be the header: not blank (blank
  // lines before the header are skipped by the reader) and holding no quote (a header cell with a line end)
  if (lf < 0 || head.subarray(0, lf).includes(QUOTE) || head.subarray(0, lf).every(isBlankByte)) return null;
  const at = Math.floor(size / 2);
  const middle = await probeAt(handle, at);
  const next = middle.indexOf(LF);
  if (next < 0 || at + next + 1 >= size) return null;
  return { header: head.slice(0, lf + 1), mid: at + next + 1 };
}

/** whitespace or a byte of the UTF-8 BOM */
const isBlankByte = (b: number): boolean => isSpace(b) || b === 0xef || b === 0xbb || b === 0xbf;
