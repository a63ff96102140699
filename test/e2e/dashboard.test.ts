import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatAvailability, formatDuration, formatMonthKey, formatTarget } from '@core/format';
import { openApp, withApp, SAMPLE_LOG, SAMPLE_SETTINGS, SCREENSHOTS, type AppHarness } from './harness/app-harness';
import { cliReport, summaryOf, type CliReport } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';
import { InvokeChannel } from '../../electron/shared/ipc-contract';

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
  it(
    'opens the sample on first start and shows the same availability and budget as the CLI',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        const report = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS]);
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('messaging-platform-2021-2022.csv');
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
        const cells = await app.page
          .locator('[data-chart="availability"] tbody tr')
          .evaluateAll((rows) =>
            rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('td')!.textContent]),
          );
        const expected = report.months
          .filter((m) => m.service === 'web')
          .map((m) => [formatMonthKey(m.month!, 'en'), formatAvailability(m.availability, 'en')]);
        expect(cells).toEqual(expected);

        // the burn-down ends where the summary does: the range budget minus the range downtime
        await app.page.locator('[data-chart="budget"]').getByRole('button', { name: 'Table' }).click();
        const lastBurn = app.page.locator('[data-chart="budget"] tbody tr').last();
        expect(await lastBurn.locator('td').first().textContent()).toBe(
          formatDuration(summaryOf(report, 'web').budgetRemainingMinutes, 'en'),
        );
        expect(app.foreignRequests).toEqual([]);
        expect(app.pageErrors).toEqual([]);
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'recomputes met/missed months and the error budget when a target changes, as the CLI does',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        const before = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS]);
        await expectKpis(app, before, '*');
        const reports = () => app.invoked.filter((c) => c === InvokeChannel.report).length;
        const reportsBefore = reports();
        expect(reportsBefore).toBeGreaterThan(0);
        await app.page.getByRole('button', { name: 'Settings' }).click();
        const panel = app.page.locator('#settings-panel');
        await panel.getByLabel('Default target (%)').fill('99.99');
        const after = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS, '--target', '99.99']);
        await expectKpis(app, after, '*');
        // a target change is re-derived in the window from the figures it has: the log's engine is not asked
        expect(reports()).toBe(reportsBefore);
        // the figures really moved: a stricter target misses more months and leaves less budget
        expect(monthsMet(after, '*')).not.toBe(monthsMet(before, '*'));
        expect(summaryOf(after, '*').budgetRemainingMinutes).toBeLessThan(
          summaryOf(before, '*').budgetRemainingMinutes,
        );

        // a preset for one service: messaging at 99 %
        await panel
          .getByRole('group', { name: 'Target for messaging' })
          .getByRole('button', { name: '99 %', exact: true })
          .click();
        await app.page.getByRole('radio', { name: 'messaging', exact: true }).click();
        const messaging = cliReport(SAMPLE_LOG, [
          '--settings',
          SAMPLE_SETTINGS,
          '--target',
          '99.99',
          '--target',
          'messaging=99',
        ]);
        await expectKpis(app, messaging, 'messaging');
        await app.page.screenshot({ path: join(SCREENSHOTS, 'settings.png') });

        // the change is saved for this log in the user-data folder (after a short debounce)
        await expect
          .poll(() => app.services.settings.forFile(SAMPLE_LOG).settings.targets.services['messaging'])
          .toBe(0.99);
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'follows a dark OS theme',
    async () => {
      await withApp(browser(), { firstRun: true, colorScheme: 'dark' }, async (app) => {
        await expect
          .poll(() => app.page.getByTestId('kpi-availability').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .not.toBeNull();
        expect(await app.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
        const bg = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe('rgb(14, 18, 23)');
        await app.page.screenshot({ path: join(SCREENSHOTS, 'dashboard-dark.png') });
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "exports the report as CSV, JSON (the CLI's JSON) and PDF from the buttons",
    async () => {
      const app = await openApp(browser(), { firstRun: true });
      const out = await mkdtemp(join(tmpdir(), 'sla-e2e-export-'));
      try {
        await expect
          .poll(() => app.page.getByTestId('kpi-availability').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .not.toBeNull();
        const cli = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS]);
        const exportAs = async (format: 'CSV' | 'JSON' | 'PDF', file: string) => {
          const path = join(out, file);
          app.dialogs.save.push(path);
          await app.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: format }).click();
          await expect
            .poll(() => app.page.locator('.notice > span').allTextContents(), { timeout: 90_000 })
            .toContain(`Saved ${file}`);
          return readFile(path);
        };
        const json = JSON.parse((await exportAs('JSON', 'report.json')).toString('utf8')) as CliReport;
        expect(json.months).toEqual(cli.months);
        expect(json.summary).toEqual(cli.summary);
        const csv = (await exportAs('CSV', 'report.csv')).toString('utf8');
        expect(csv.split('\n')[0]).toContain('availability');
        const pdf = await exportAs('PDF', 'report.pdf');
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // the notice offers to open what was just written, and opens exactly that file
        const notice = app.page.locator('.notice', { hasText: 'Saved report.pdf' });
        await notice.getByRole('button', { name: 'Open' }).click();
        await expect.poll(() => app.opened).toEqual([join(out, 'report.pdf')]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
        await rm(out, { recursive: true, force: true });
      }
    },
    E2E_TIMEOUT_MS,
  );
});
