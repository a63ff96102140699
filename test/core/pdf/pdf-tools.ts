import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/** Page images for people to look at (git-ignored). */
export const PAGES_DIR = join(ROOT, 'test/core/pdf/__pages__');

export interface PdfInfo {
  pages: number;
  /** e.g. "595.92 x 841.92 pts (A4)" */
  pageSize: string;
  tagged: boolean;
}

export function pdfInfo(path: string): PdfInfo {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), tagged: field('Tagged') === 'yes' };
}

/** The text of each page, laid out as on paper (a table row stays one line), runs of spaces collapsed to one. */
export function pageTexts(path: string): string[] {
  const out = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages = out.split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages.map((p) =>
    p
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * Text without any whitespace, for comparing figures: pdftotext guesses word gaps from glyph positions and drops
 * some narrow ones ("3 d 4 h" can come out as "3d4h", "0 %" as "0%"), while the order of every character holds.
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The PDF's bookmarks (document outline), as pdftohtml lists them. */
export function outlineTitles(path: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => m[1]!);
}

/** Writes page images (PNG, 75 dpi) to test/core/pdf/__pages__/<name>-NN.png for review. */
export function writePageImages(path: string, name: string): string[] {
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const f of readdirSync(PAGES_DIR)) if (f.startsWith(`${name}-`)) rmSync(join(PAGES_DIR, f));
  execFileSync('pdftoppm', ['-r', '75', '-png', path, join(PAGES_DIR, name)]);
  return readdirSync(PAGES_DIR).filter((f) => f.startsWith(`${name}-`));
}
