import { describe, it } from 'vitest';
import { e2eChromium } from '../../e2e/harness/chromium';
import { ensureRendererBuilt } from '../../e2e/harness/renderer-build';

/**
 * A describe block that prints PDFs with the machine's Chromium (CHROME_PATH or /usr/bin/chromium) from the built
 * print view. Without Chromium it fails with a clear message in CI and is skipped, saying why, anywhere else.
 */
export function describePdf(name: string, body: (chromePath: string) => void): void {
  const chrome = e2eChromium();
  if ('missing' in chrome) {
    if (process.env['CI'] === 'true')
      describe(name, () => it('needs Chromium', () => Promise.reject(new Error(chrome.missing))));
    else {
      console.warn(`[pdf tests skipped] ${chrome.missing}`);
      describe.skip(name, () => it('needs Chromium', () => undefined));
    }
    return;
  }
  ensureRendererBuilt();
  describe(name, () => body(chrome.path));
}
