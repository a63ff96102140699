// `npm run sla` and `npm run bench` work on a fresh clone: rebuild what is missing or older than its sources.
// The CLI bundles core/ (and bench/); `--pdf` prints the renderer's print view, so that is kept built too.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** mtime of the oldest output, 0 when any is missing */
function builtAt(files) {
  return Math.min(...files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
}

const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
const cliOutputs = ['out/cli.js', 'out/platform-sweep.js', ...(existsSync('bench/bench.ts') ? ['out/bench.js'] : [])];
if (builtAt(cliOutputs) < Math.max(newest('core'), newest('bench'))) {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], quiet);
}
if (builtAt(['out/renderer/print.html']) < Math.max(newest('renderer'), newest('core'))) {
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], quiet);
}
