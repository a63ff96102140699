/**
 * The built renderer under the app's own Content-Security-Policy header (the one app:// responses carry in
 * Electron). The e2e harness serves pages with only their meta policy; this proves the stricter header policy
 * breaks nothing: the dashboard and the print view draw real data with no CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { expect, it } from 'vitest';
import { buildReport } from '@core/report';
import { importFile } from '@core/import';
import { parseSettings } from '@core/model/settings';
import { contentSecurityPolicy } from '../../electron/main/security/content-security-policy';
import { contentTypeOf } from '../../electron/main/security/app-protocol';
import { openApp, SAMPLE_LOG, SAMPLE_SETTINGS } from '../e2e/harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from '../e2e/harness/describe-e2e';
import { ensureRendererBuilt } from '../e2e/harness/renderer-build';
import type { Page } from 'playwright-core';

const CSP = contentSecurityPolicy(null);

/** Serves the built renderer to `page` with the production CSP header (registered last, so it runs first). */
async function serveWithCsp(page: Page, rendererDir: string): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = join(rendererDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(rendererDir + sep)) return route.abort('blockedbyclient');
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        headers: { 'content-type': contentTypeOf(file), 'content-security-policy': CSP },
        body,
      });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  return violations;
}

describeE2e('renderer under the production CSP', (browser) => {
  it(
    'draws the dashboard of the sample with no CSP violation',
    async () => {
      const app = await openApp(browser(), { firstRun: true });
      try {
        const violations = await serveWithCsp(app.page, ensureRendererBuilt());
        await app.page.reload();
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('messaging-platform-2021-2022.csv');
        await app.page.locator('[data-chart="timeline"]').scrollIntoViewIfNeeded();
        expect(await app.page.locator('canvas').count()).toBeGreaterThan(0);
        expect(violations).toEqual([]);
        expect(app.pageErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
      } finally {
        await app.close();
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'lays out the print view of the sample with no CSP violation',
    async () => {
      const settings = parseSettings(JSON.parse(await readFile(SAMPLE_SETTINGS, 'utf8')));
      if (!settings.ok) throw new Error(settings.error);
      const imported = await importFile(SAMPLE_LOG, {
        fileName: 'messaging-platform-2021-2022.csv',
        settings: settings.value.import,
      });
      const model = buildReport(imported, settings.value);
      const context = await browser().newContext();
      try {
        const page = await context.newPage();
        const violations = await serveWithCsp(page, ensureRendererBuilt());
        await page.goto('http://sla-app.localhost/print.html');
        const layout = await page.evaluate((m) => window.slaPrint!.render(m), model);
        expect(layout.paper).toBe('A4');
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
});
