import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatAvailability, formatDuration } from '@core/format';
import { withApp, SAMPLE_LOG, SAMPLE_SETTINGS, SCREENSHOTS, type AppHarness } from './harness/app-harness';
import { cliReport, summaryOf } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

mkdirSync(SCREENSHOTS, { recursive: true });

/** The platform's availability and budget left, as the dashboard must show those `sla report` computes. */
async function expectPlatform(app: AppHarness, args: string[]): Promise<void> {
  const s = summaryOf(cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS, ...args]), '*');
  const kpi = (id: string) => app.page.getByTestId(`kpi-${id}`);
  await expect
    .poll(() => kpi('availability').textContent(), { timeout: OPEN_TIMEOUT_MS })
    .toBe(formatAvailability(s.availability, 'en'));
  expect(await kpi('budget').textContent()).toBe(formatDuration(s.budgetRemainingMinutes, 'en'));
}

describeE2e('covered hours (docs/spec.md 5d)', (browser) => {
  it(
    'computes business days, a custom weekly grid and a holiday as the CLI does',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        const { page } = app;
        await expect
          .poll(() => page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('messaging-platform-2021-2022.csv');
        await expectPlatform(app, []);
        await page.getByRole('button', { name: 'Settings' }).click();
        const panel = page.locator('#settings-panel');

        await panel.getByLabel('Calendar').selectOption('business-days');
        await expectPlatform(app, ['--business-hours', 'business-days']);

        // the custom grid starts Monday to Friday 09:00-17:00; Friday unticked leaves Monday to Thursday
        await panel.getByLabel('Calendar').selectOption('custom');
        await expect.poll(() => panel.getByTestId('business-hours-grid').locator('tbody tr').count()).toBe(7);
        await panel.getByLabel('Friday', { exact: true }).uncheck();
        await panel.getByLabel('Monday from').fill('08:00');
        const grid = ['Mon 08:00-17:00', 'Tue 09:00-17:00', 'Wed 09:00-17:00', 'Thu 09:00-17:00'];
        await expectPlatform(
          app,
          grid.flatMap((g) => ['--business-hours', g]),
        );

        // Monday 4 October 2021, the day of the six-hour outage, as a holiday
        await panel.getByRole('textbox', { name: 'Holidays' }).fill('2021-10-04');
        await panel.getByRole('button', { name: 'Add holiday' }).click();
        await expectPlatform(app, [...grid.flatMap((g) => ['--business-hours', g]), '--holiday', '2021-10-04']);
        await expect.poll(() => panel.getByRole('button', { name: 'Remove holiday 2021-10-04' }).count()).toBe(1);

        await panel.getByTestId('business-hours-grid').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, 'business-hours.png') });
        // saved for this log like every setting
        await expect
          .poll(() => app.services.settings.forFile(SAMPLE_LOG).settings.businessHours)
          .toEqual({ preset: 'custom', hours: grid, holidays: ['2021-10-04'] });
        expect(app.pageErrors).toEqual([]);
      });
    },
    E2E_TIMEOUT_MS,
  );
});
