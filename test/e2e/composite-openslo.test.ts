import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatAvailability, formatDateTime } from '@core/format';
import { withApp, SAMPLE_LOG, SAMPLE_SETTINGS, SCREENSHOTS, type AppHarness } from './harness/app-harness';
import { cliReport, summaryOf } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

mkdirSync(SCREENSHOTS, { recursive: true });

async function sampleOpen(app: AppHarness): Promise<void> {
  await expect
    .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
    .toBe('messaging-platform-2021-2022.csv');
}

/** messaging held to 99.99 % over a rolling 4 weeks (28 days), as a live SLO tool would write it */
const SLO = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: messaging-28d
spec:
  service: messaging
  budgetingMethod: Timeslices
  timeWindow:
    - duration: 4w
      isRolling: true
  objectives:
    - targetPercent: 99.99
`;

describeE2e('composites and OpenSLO in the dashboard', (browser) => {
  it(
    'shows a composite service from the settings with the figures the CLI gives it',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        const { page } = app;
        await sampleOpen(app);
        await page.getByRole('button', { name: 'Settings' }).click();
        const panel = page.locator('#settings-panel');
        await panel.getByRole('textbox', { name: 'Composite services' }).fill('Chat=messaging&calls');
        await panel.locator('.composites').getByRole('button', { name: 'Apply' }).click();
        const cli = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS, '--composite', 'Chat=messaging&calls']);
        const chat = summaryOf(cli, 'Chat');
        await page.getByRole('radio', { name: 'Chat', exact: true }).click();
        await expect
          .poll(() => page.getByTestId('kpi-availability').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe(formatAvailability(chat.availability, 'en'));
        // the naive product of the components' availabilities stands beside the real figure
        expect(await page.locator('[data-kpi="availability"]').textContent()).toContain(
          formatAvailability(chat.naiveAvailability!, 'en'),
        );
        await page.screenshot({ path: join(SCREENSHOTS, 'composite.png') });
        expect(app.pageErrors).toEqual([]);
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'imports an OpenSLO file: its target and its rolling window reach the dashboard as with sla report --slo',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sla-e2e-slo-'));
      const file = join(dir, 'messaging.yaml');
      writeFileSync(file, SLO);
      await withApp(browser(), { firstRun: true }, async (app) => {
        const { page } = app;
        await sampleOpen(app);
        await page.getByRole('button', { name: 'Settings' }).click();
        app.dialogs.settings.push(file);
        await page.getByRole('button', { name: 'Import OpenSLO…' }).click();
        const cli = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS, '--slo', file]) as ReturnType<
          typeof cliReport
        > & {
          settings: { reportTimeZone: string };
          rolling: { service: string; windowDays: number; worst: { end: string; availability: number } | null }[];
        };
        await page.getByRole('radio', { name: 'messaging', exact: true }).click();
        await expect
          .poll(() => page.locator('[data-kpi="availability"] .kpi__detail').textContent(), {
            timeout: OPEN_TIMEOUT_MS,
          })
          .toContain('target 99.99 %');
        expect(summaryOf(cli, 'messaging').target).toBe(0.9999);

        // the file's rolling 4 weeks is computed, as --rolling 28d
        await page.getByRole('tab', { name: 'Rolling & alerts' }).click();
        const worst = cli.rolling.find((r) => r.service === '*' && r.windowDays === 28)!.worst!;
        await expect
          .poll(() => page.getByTestId('rolling-worst-text-*').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe(
            `${formatAvailability(worst.availability, 'en')}, ended ${formatDateTime(Date.parse(worst.end), cli.settings.reportTimeZone, 'en')}`,
          );
        await page.screenshot({ path: join(SCREENSHOTS, 'openslo-import.png'), fullPage: true });
        expect(app.pageErrors).toEqual([]);
      });
    },
    E2E_TIMEOUT_MS,
  );
});
