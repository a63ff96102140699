import { resolve } from 'node:path';
import { build } from 'esbuild';

let cached: Promise<string> | null = null;

/** page-bridge.ts as one classic script for page.addInitScript. */
export function bridgeScript(): Promise<string> {
  cached ??= build({
    entryPoints: [resolve(__dirname, 'page-bridge.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    write: false,
    tsconfig: resolve(__dirname, '../../../tsconfig.json'),
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return cached;
}
