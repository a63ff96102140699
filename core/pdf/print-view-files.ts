import { knownContentType } from '../io/content-types';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { PRINT_VIEW_PAGE } from './print-contract';

const PACKAGE_NAME = 'sla-downtime-calculator';

/**
 * The package root, found by walking up from this file: the built CLI runs from out/cli.js, the tests from
 * core/pdf/, and both must reach the same out/renderer/print.html.
 */
function packageRoot(): string {
  const starts = [typeof __dirname === 'string' ? __dirname : null, process.cwd()].filter((d): d is string => !!d);
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const manifest = join(dir, 'package.json');
      if (existsSync(manifest)) {
        try {
          if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
        } catch {
          // not our manifest: keep walking
        }
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`cannot find the ${PACKAGE_NAME} package folder (looked up from ${starts.join(' and ')})`);
}

/** The folder of the built renderer holding print.html; a clear error when the app was never built. */
export function printViewDir(): string {
  const dir = join(packageRoot(), 'out', 'renderer');
  if (!existsSync(join(dir, PRINT_VIEW_PAGE)))
    throw new Error(`The PDF print view is not built (${join(dir, PRINT_VIEW_PAGE)} is missing). Run: npm run build`);
  return dir;
}

/** A file of the built renderer for a URL path, or null for anything outside it or of an unknown type. */
export function printViewFile(dir: string, urlPath: string): { path: string; contentType: string } | null {
  const root = resolve(dir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (!path.startsWith(root + sep)) return null;
  const contentType = knownContentType(path);
  if (!contentType || !existsSync(path)) return null;
  return { path, contentType };
}
