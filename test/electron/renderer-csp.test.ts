/**
 * The built renderer under the app's own Content-Security-Policy header (the one app:// responses carry in
 * Electron). The e2e harness serves pages with only their meta policy; this proves the stricter header policy
 * breaks nothing: the dashboard and the print view draw real data with no CSP violation.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '@core/report/index';
import { importFile } from '@core/import';
import { parseSettings } from '@core/model/settings';
import { contentSecurityPolicy } from '../../electron/main/security/content-security-policy';
import { contentTypeOf } from '../../electron/main/security/app-protocol';
import { openApp, SAMPLE_LOG, SAMPLE_SETTINGS } from '../e2e/harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from '../e2e/harness/describe-e2e';
import { ensureRendererBuilt } from '../e2e/harness/renderer-build';
import type { Page } from 'playwright-core';

const CSP = contentSecurityPolicy(null);

/**
 * The meta policies as index.html and print.html held them written out by hand, before renderer/page-head.ts
 * became their one source: the build must write them into the built pages unchanged, no looser. The
 * dashboard's worker-src went from 'self' to 'none' when its report worker gave way to the log engines.
 */
const META_POLICIES = {
  'index.html':
    "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'none'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  'print.html':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
};

/** The `<meta>` tags of a built page's head, as the browser reads their attributes. */
function headMetas(html: string): Record<string, string>[] {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<meta\s([^>]*?)\s*\/?>/g)].map((m) =>
    Object.fromEntries(
      [...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [
        a[1]!,
        a[2]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"'),
      ]),
    ),
  );
}

describe('built renderer pages', () => {
  it.each(Object.entries(META_POLICIES))(
    '%s opens its head with the charset and its meta policy',
    async (page, policy) => {
      const metas = headMetas(await readFile(join(ensureRendererBuilt(), page), 'utf8'));
      expect(metas[0]).toEqual({ charset: 'UTF-8' });
      expect(metas.filter((m) => m['http-equiv'] === 'Content-Security-Policy')).toEqual([
        { 'http-equiv': 'Content-Security-Policy', content: policy },
      ]);
    },
  );
});

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
