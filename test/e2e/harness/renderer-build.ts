import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestMtime } from '../../newest-mtime';

const ROOT = resolve(__dirname, '../../..');
export const RENDERER_OUT = join(ROOT, 'out/renderer');

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The built renderer (`npm test` builds before testing); rebuilt here when a source under renderer/ or core/
 * is newer, so `npx vitest run test/e2e` alone tests the current code. A lock directory keeps parallel test
 * files from building at the same time.
 */
export function ensureRendererBuilt(): string {
  const index = join(RENDERER_OUT, 'index.html');
  const fresh = () =>
    existsSync(index) &&
    statSync(index).mtimeMs >= Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'core')));
  if (fresh()) return RENDERER_OUT;
  const lock = join(ROOT, 'out/.e2e-build-lock');
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`${lock} has been held for two minutes; remove it if no build is running.`);
      sleep(200);
    }
  }
  try {
    if (!fresh()) {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return RENDERER_OUT;
}
