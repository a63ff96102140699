import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles electron/main/import-worker.ts the way electron-vite does for the app (one CommonJS file, @core
 * resolved through tsconfig paths), so the tests run the real worker in a real worker thread.
 */
export async function buildImportWorker(): Promise<string> {
  const out = join(await mkdtemp(join(tmpdir(), 'sla-worker-')), 'import-worker.js');
  await build({
    entryPoints: [resolve(__dirname, '../../electron/main/import-worker.ts')],
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
