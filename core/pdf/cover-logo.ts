import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isPng } from './png-signature';

/**
 * The cover's logo (issue 16): a PNG or SVG file the user picked, carried into the print view as a data URL and
 * drawn by an <img>. An SVG inside an <img> runs no script and loads nothing, so the img is the safety; the checks
 * below refuse, with the reason, a file that tried anyway, so nobody believes such a logo was embedded as drawn.
 */

/** A logo is a picture for a title band, not a photo: 1 MB is far more than any logo needs. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** A logo file that cannot go on the cover; the message names the file and the problem. */
export class CoverLogoError extends Error {
  override readonly name = 'CoverLogoError';
}

/** What an SVG may not hold, and how the refusal says it. */
const SVG_REFUSALS: [RegExp, string][] = [
  [/<script[\s>/]/i, 'it holds a <script> element'],
  [/<foreignObject[\s>/]/i, 'it holds a <foreignObject> element (HTML inside the picture)'],
  // on* attributes run script when the SVG is opened on its own (an <img> would not, a viewer might)
  [/\son[a-z]+\s*=/i, 'it holds an event attribute (onload, onclick...)'],
  [/<!ENTITY/i, 'it declares XML entities'],
  [/@import/i, 'its style imports another file'],
];

/** href values an SVG logo may use: a fragment of itself, or an image inlined as data. */
const SAFE_HREF = /^\s*(#|data:image\/(png|jpeg|gif|webp);)/i;
const HREF_ATTRIBUTE = /\s(?:xlink:)?href\s*=\s*("([^"]*)"|'([^']*)')/gi;
// style url(...) may point outside too; only fragments and data images stay inside the file
const STYLE_URL = /url\(\s*(["']?)([^)"']*)\1\s*\)/gi;

function svgProblem(text: string): string | null {
  if (!/<svg[\s>]/i.test(text)) return 'it is neither a PNG image nor an SVG drawing';
  for (const [pattern, why] of SVG_REFUSALS) if (pattern.test(text)) return why;
  for (const m of text.matchAll(HREF_ATTRIBUTE)) {
    const value = m[2] ?? m[3] ?? '';
    if (!SAFE_HREF.test(value)) return `it links to ${JSON.stringify(value.slice(0, 80))} (only # and data: images)`;
  }
  for (const m of text.matchAll(STYLE_URL)) {
    const value = m[2] ?? '';
    if (!SAFE_HREF.test(value))
      return `its style loads ${JSON.stringify(value.slice(0, 80))} (only # and data: images)`;
  }
  return null;
}

/**
 * The logo's bytes as a data URL for the cover's <img>, or a CoverLogoError saying why not. `name` is how the
 * message names the file (its base name in the app, the path as typed in the CLI).
 */
export function coverLogoDataUrl(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new CoverLogoError(`${name}: the logo is ${Math.ceil(bytes.length / 1024)} KB; at most 1 MB (1024 KB)`);
  }
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
  if (isPng(bytes)) return `data:image/png;base64,${base64}`;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const problem = svgProblem(text);
  if (problem !== null) throw new CoverLogoError(`${name}: not used as the cover logo: ${problem}`);
  return `data:image/svg+xml;base64,${base64}`;
}

/** Reads and checks a logo file; the size is checked before the file is read, so a huge file is never loaded. */
export async function readCoverLogo(path: string, name: string = basename(path)): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CoverLogoError(`${name}: the logo is not a regular file`);
    if (info.size > MAX_LOGO_BYTES) {
      throw new CoverLogoError(`${name}: the logo is ${Math.ceil(info.size / 1024)} KB; at most 1 MB (1024 KB)`);
    }
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CoverLogoError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CoverLogoError(`${name}: the logo could not be read (${code ?? (e as Error).message})`);
  }
  return coverLogoDataUrl(bytes, name);
}
