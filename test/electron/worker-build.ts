import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles electron/main/engine/log-engine-worker.ts the way electron-vite does for the app (one CommonJS
 * file, @core resolved through tsconfig paths), so the tests run the real engine in a real worker thread.
 */
export async function buildEngineWorker(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'sla-worker-')), 'log-engine.js');
  await build({
    entryPoints: [resolve(__dirname, '../../electron/main/engine/log-engine-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: out,
    tsconfig: resolve(__dirname, '../../tsconfig.json'),
    logLevel: 'silent',
  });
  return out;
}
