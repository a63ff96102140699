// Preloaded into the CLI child (`node -r`): writes the peak resident set size (kB) to the file named by
// HOSTILE_RSS_FILE when the process exits, so the test can bound memory without touching stdout/stderr.
'use strict';
const { writeFileSync } = require('node:fs');

const target = process.env.HOSTILE_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
