import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The newest modification time of any file under dir (ms): a build is stale when a source is newer than its
 * output. (scripts/ensure-cli.mjs keeps its own copy: it runs as plain Node, without the TypeScript tests.)
 */
export function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}
