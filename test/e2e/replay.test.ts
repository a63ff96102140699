import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatAvailability, formatDateTime, formatDuration } from '@core/format';
import { withApp, SAMPLE_LOG, SAMPLE_SETTINGS, SCREENSHOTS } from './harness/app-harness';
import { cliReport } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

mkdirSync(SCREENSHOTS, { recursive: true });

interface ReplayJson {
  settings: { reportTimeZone: string };
  rolling: { service: string; worst: { end: string; availability: number } | null }[];
  alerts: { service: string; rule: string; firedAt: string; delayMinutes: number }[];
  uncaught: unknown[];
}

describeE2e('rolling windows and burn-rate replay', (browser) => {
  it(
    'draws the 30-day rolling line with its worst window and the alert timeline the CLI computes',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        const { page } = app;
        await expect
          .poll(() => page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('messaging-platform-2021-2022.csv');
        await page.getByRole('tab', { name: 'Rolling & alerts' }).click();
        await expect.poll(() => page.locator('.rolling__empty').textContent()).toContain('Choose a rolling window');

        const cli = cliReport(SAMPLE_LOG, [
          '--settings',
          SAMPLE_SETTINGS,
          '--rolling',
          '30d',
          '--burn-rate',
        ]) as unknown as ReplayJson;
        const zone = cli.settings.reportTimeZone;

        await page.getByLabel('Rolling window').selectOption('30');
        const platform = cli.rolling.find((r) => r.service === '*')!.worst!;
        // the platform's worst 30-day window, as the CLI's JSON gives it, in the dashboard's words
        await expect
          .poll(() => page.getByTestId('rolling-worst-text-*').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe(
            `${formatAvailability(platform.availability, 'en')}, ended ${formatDateTime(Date.parse(platform.end), zone, 'en')}`,
          );
        // one line and one worst-window mark per service
        expect(await page.locator('.rolling__chart polyline').count()).toBe(cli.rolling.length);
        expect(await page.locator('.rolling__chart circle').count()).toBe(cli.rolling.filter((r) => r.worst).length);

        await page.getByLabel('Replay burn-rate alerts (SRE workbook rules)').check();
        const rows = page.getByTestId('alerts-table').locator('tbody tr');
        await expect.poll(() => rows.count(), { timeout: OPEN_TIMEOUT_MS }).toBe(cli.alerts.length);
        const first = cli.alerts[0]!;
        const cells = await rows.first().locator('td').allTextContents();
        expect(cells[1]).toBe(first.rule);
        expect(cells[3]).toBe(formatDateTime(Date.parse(first.firedAt), zone, 'en'));
        expect(cells[4]).toBe(formatDuration(first.delayMinutes, 'en'));
        if (cli.uncaught.length === 0) expect(await page.getByText('Every outage was caught.').count()).toBe(1);
        else expect(await page.getByTestId('uncaught-table').locator('tbody tr').count()).toBe(cli.uncaught.length);
        await page.screenshot({ path: join(SCREENSHOTS, 'rolling-and-alerts.png'), fullPage: true });
      });
    },
    E2E_TIMEOUT_MS,
  );
});
