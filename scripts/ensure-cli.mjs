// `npm run sla` and `npm run bench` work on a fresh clone: rebuild out/cli.js when any source is newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const outputs = ['out/cli.js', 'out/bench.js'].filter((f) => existsSync(f));
const built = outputs.length === 0 ? 0 : Math.min(...outputs.map((f) => statSync(f).mtimeMs));
const sources = Math.max(newest('core'), existsSync('bench') ? newest('bench') : 0);
if (built < sources) execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
