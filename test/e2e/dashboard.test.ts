import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatAvailability, formatDuration, formatMonthKey, formatTarget } from '@core/format';
import { openApp, SAMPLE_LOG, SAMPLE_SETTINGS, SCREENSHOTS, type AppHarness } from './harness/app-harness';
import { cliReport, summaryOf, type CliReport } from './harness/cli-report';
import { describeE2e } from './harness/describe-e2e';

mkdirSync(SCREENSHOTS, { recursive: true });

/** Months met and rated (months with eligible time) of one service, from the CLI's month rows. */
function monthsMet(report: CliReport, service: string): string {
  const rows = report.months.filter((m) => m.service === service);
  return `${rows.filter((m) => m.met === true).length} / ${rows.filter((m) => m.met !== null).length}`;
}

async function expectKpis(app: AppHarness, report: CliReport, service: string): Promise<void> {
  const s = summaryOf(report, service);
  const kpi = (id: string) => app.page.getByTestId(`kpi-${id}`);
  await expect.poll(() => kpi('availability').textContent()).toBe(formatAvailability(s.availability, 'en'));
  expect(await kpi('budget').textContent()).toBe(formatDuration(s.budgetRemainingMinutes, 'en'));
  expect(await kpi('months').textContent()).toBe(monthsMet(report, service));
  expect(await app.page.locator('[data-kpi="availability"] .kpi__detail').textContent()).toContain(
    `target ${formatTarget(s.target, 'en')}`,
  );
}

describeE2e('dashboard', (browser) => {
  it('opens the sample on first start and shows the same availability and budget as the CLI', async () => {
    const app = await openApp(browser(), { firstRun: true });
    try {
      const report = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS]);
      await expect.poll(() => app.page.getByTestId('file-name').textContent(), { timeout: 20_000 }).toBe(
        'messaging-platform-2021-2022.csv',
      );
      expect(await app.page.getByTestId('file-records').textContent()).toBe(String(report.source.records));
      await expectKpis(app, report, '*');
      await app.page.screenshot({ path: join(SCREENSHOTS, 'dashboard-light.png') });
      await app.page.locator('[data-chart="timeline"]').scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: join(SCREENSHOTS, 'dashboard-light-charts.png') });
      await app.page.locator('#content').evaluate((e) => e.scrollTo(0, 0));

      // every service's figures, and the month table behind the availability chart
      for (const service of ['messaging', 'calls', 'media', 'web']) {
        await app.page.getByRole('radio', { name: service, exact: true }).click();
        await expectKpis(app, report, service);
      }
      await app.page.locator('[data-chart="availability"]').getByRole('button', { name: 'Table' }).click();
      const cells = await app.page.locator('[data-chart="availability"] tbody tr').evaluateAll((rows) =>
        rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]),
      );
      const expected = report.months
        .filter((m) => m.service === 'web')
        .map((m) => [formatMonthKey(m.month!, 'en'), formatAvailability(m.availability, 'en')]);
      expect(cells).toEqual(expected);
      expect(app.foreignRequests).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
