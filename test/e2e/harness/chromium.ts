import { existsSync } from 'node:fs';

/**
 * The Chromium the e2e tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. Missing, the tests fail with
 * this message in CI (CI installs it) and are skipped with it elsewhere.
 */
export function e2eChromium(): { path: string } | { missing: string } {
  const path = process.env['CHROME_PATH'] || '/usr/bin/chromium';
  if (existsSync(path)) return { path };
  return {
    missing:
      `End-to-end tests need Chromium, and there is none at ${path}. ` +
      'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium executable.',
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
