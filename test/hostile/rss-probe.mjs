// Preloaded into the CLI child (`node --import`): writes the peak resident set size (kB) to the file named by
// HOSTILE_RSS_FILE when the process exits, so the test can bound memory without touching stdout/stderr.
import { writeFileSync } from 'node:fs';

const target = process.env.HOSTILE_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
