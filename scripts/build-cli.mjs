// Bundles the terminal entry points (the `sla` CLI, the benchmark and their `*` sweep worker) into out/ as plain
// Node scripts.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'core/cli/main.ts', out: 'cli' },
  { in: 'bench/bench.ts', out: 'bench' },
  // the worker that sweeps `*` beside the CLI's and the bench's report (core/compute/platform-sweep-thread.ts)
  { in: 'core/compute/platform-sweep-entry.ts', out: 'platform-sweep' },
].filter((e) => existsSync(e.in));

await build({
  entryPoints: entries,
  outdir: 'out',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // playwright-core finds its own files at run time; DuckDB is a native module used by the bench only
  external: ['playwright-core', '@duckdb/node-api'],
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
