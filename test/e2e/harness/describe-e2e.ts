import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { e2eChromium } from './chromium';
import { launchChromium } from './app-harness';

/** Per test: a Chromium page, a real import in a worker thread and sometimes a PDF, on a shared CI machine. */
export const E2E_TIMEOUT_MS = 180_000;
/** Waiting for a log to be imported and drawn. */
export const OPEN_TIMEOUT_MS = 45_000;

/**
 * A describe block of end-to-end tests sharing one headless Chromium. Without Chromium the block fails with a
 * clear message in CI (CI=true) and is skipped, with the same message printed, anywhere else.
 */
export function describeE2e(name: string, body: (browser: () => Browser) => void): void {
  const chrome = e2eChromium();
  if ('missing' in chrome) {
    if (process.env['CI'] === 'true') {
      describe(name, () => {
        it('needs Chromium', () => {
          throw new Error(chrome.missing);
        });
      });
    } else {
      console.warn(`[e2e skipped] ${chrome.missing}`);
      describe.skip(name, () => it('needs Chromium', () => undefined));
    }
    return;
  }
  describe(name, () => {
    let browser: Browser | null = null;
    beforeAll(async () => {
      browser = await launchChromium(chrome.path);
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('Chromium did not start');
      return browser;
    });
  });
}
