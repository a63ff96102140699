import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openMetrics, PROBES } from '../core/import/source/prometheus/fixture';
import {
  describeWithPrometheus,
  startPrometheus,
  type RunningPrometheus,
} from '../core/import/source/prometheus/prometheus-server';
import { withApp, SCREENSHOTS } from './harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

/** Issue 17 item 2, the app: File > Open from Prometheus against a real server, the page never talking to it. */
describeWithPrometheus('Open from Prometheus (real server)', () => {
  let prom: RunningPrometheus;
  beforeAll(async () => {
    prom = await startPrometheus(openMetrics(PROBES));
  }, 240_000);
  afterAll(async () => {
    await prom?.stop();
  });

  describeE2e('the dialog', (browser) => {
    it(
      'tests the connection, opens the query with progress, and remembers the values',
      async () => {
        await withApp(browser(), {}, async (app) => {
          const page = app.page;
          await page.getByRole('button', { name: 'Open from Prometheus…' }).click();
          const dialog = page.getByTestId('prometheus-dialog');
          await expect.poll(() => dialog.isVisible()).toBe(true);
          // a first use offers the blackbox exporter's metric and its usual labels
          expect(await dialog.getByLabel('Series selector').inputValue()).toBe('probe_success');
          expect(await dialog.getByLabel('Service label').inputValue()).toBe('job');
          await dialog.getByLabel('Server URL').fill('file:///etc/passwd');
          expect(await dialog.getByRole('button', { name: 'Test connection' }).isDisabled()).toBe(true);
          await dialog.getByLabel('Server URL').fill(prom.url);
          await dialog.getByLabel('First month').fill('2026-01');
          await dialog.getByLabel('Last month').fill('2026-02');
          await dialog.getByRole('button', { name: 'Test connection' }).click();
          // Debian's prometheus 2.x; probe_success has six series in the fixture
          const status = dialog.getByTestId('prometheus-status');
          await expect
            .poll(() => status.textContent())
            .toMatch(/^Prometheus 2\.\S+ at http:\/\/127\.0\.0\.1:\d+: the query selects 6 series in these months\.$/);
          await page.screenshot({ path: join(SCREENSHOTS, 'prometheus-dialog.png') });

          await dialog.getByRole('button', { name: 'Open', exact: true }).click();
          // the dialog closes once the log is open; the header names the server and the source's format
          await expect.poll(() => dialog.isVisible(), { timeout: OPEN_TIMEOUT_MS }).toBe(false);
          await expect
            .poll(() => page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
            .toBe(prom.url);
          expect(await page.getByTestId('file-format').textContent()).toMatch(/^prometheus · /);
          expect(app.invoked).toContain('log:open-prometheus');
          // the page reached no server: every request went through the main process
          expect(app.foreignRequests).toEqual([]);
          expect(app.pageErrors).toEqual([]);
          expect(await app.services.settings.lastPrometheus()).toEqual({
            url: prom.url,
            query: 'probe_success',
            serviceLabel: 'job',
            regionLabel: 'instance',
            from: '2026-01',
            to: '2026-02',
          });
        });
      },
      E2E_TIMEOUT_MS,
    );
  });
});
