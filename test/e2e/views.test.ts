import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatAvailability, formatDuration, formatTarget, formatUserHours } from '@core/format';
import { parseSettings } from '@core/model/settings';
import { allowedDowntime } from '@core/compute/nines';
import { parseMonthKey } from '@core/time/month-key';
import { openApp, withApp, SAMPLE_LOG, SAMPLE_SETTINGS, SCREENSHOTS, type AppHarness } from './harness/app-harness';
import { cliReport, summaryOf } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

mkdirSync(SCREENSHOTS, { recursive: true });

async function sampleOpen(app: AppHarness): Promise<void> {
  await expect
    .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
    .toBe('messaging-platform-2021-2022.csv');
}

describeE2e('views', (browser) => {
  it(
    'switches to Bahasa Indonesia: text, numbers and durations, and the PDF language follows',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        await sampleOpen(app);
        const cli = cliReport(SAMPLE_LOG, ['--settings', SAMPLE_SETTINGS]);
        const platform = summaryOf(cli, '*');
        await app.page.locator('#language-select').selectOption('id');
        await expect.poll(() => app.page.getByRole('tab', { selected: true }).textContent()).toBe('Ringkasan');
        expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('id');
        expect(await app.page.locator('[data-kpi="availability"] h3').textContent()).toBe('Ketersediaan');
        // Indonesian numbers: a decimal comma ("99,842 %")
        const availability = formatAvailability(platform.availability, 'id');
        expect(availability).toContain(',');
        expect(await app.page.getByTestId('kpi-availability').textContent()).toBe(availability);
        expect(await app.page.getByTestId('kpi-budget').textContent()).toBe(
          formatDuration(platform.budgetRemainingMinutes, 'id'),
        );
        expect(await app.page.locator('[data-kpi="availability"] .kpi__detail').textContent()).toContain(
          `target ${formatTarget(platform.target, 'id')}`,
        );
        await expect.poll(() => app.services.settings.forFile(SAMPLE_LOG).settings.report.language).toBe('id');
        await app.page.screenshot({ path: join(SCREENSHOTS, 'dashboard-id.png') });
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'follows an Indonesian OS language without being asked',
    async () => {
      await withApp(browser(), { firstRun: true, locale: 'id-ID' }, async (app) => {
        await sampleOpen(app);
        expect(await app.page.getByRole('tab', { selected: true }).textContent()).toBe('Ringkasan');
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'lists incidents in the report zone, sortable and filterable',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        await sampleOpen(app);
        await app.page.getByRole('tab', { name: /Incidents/ }).click();
        const count = app.page.getByTestId('incident-count');
        await expect.poll(() => count.textContent()).toBe('116 of 116 incidents');
        const table = app.page.locator('.incidents__table');
        // sorted by user impact, largest first: the global outage of 4 Oct 2021 (15:39-21:30 UTC, 5 h 51 min)
        const first = table.locator('tbody tr').first();
        expect(await first.locator('td').nth(0).textContent()).toBe('Oct 4, 2021, 15:39 UTC');
        expect(await first.locator('td').nth(4).textContent()).toBe('5 h 51 min');
        expect(await first.textContent()).toContain('platform-wide');
        await app.page.screenshot({ path: join(SCREENSHOTS, 'incidents.png') });

        await app.page.getByPlaceholder('Search title, id, region').fill('BGP');
        await expect.poll(() => count.textContent()).toBe('1 of 116 incidents');
        await app.page.getByPlaceholder('Search title, id, region').fill('');
        await app.page.locator('.incidents select').nth(1).selectOption('maintenance');
        await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
        const severities = await table.locator('tbody tr td:nth-child(4)').allTextContents();
        expect(new Set(severities)).toEqual(new Set(['maintenance']));

        // sort by duration, longest first, then shortest first
        await table.getByRole('button', { name: 'Duration' }).click();
        const minutes = () =>
          table
            .locator('td[data-minutes]')
            .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-minutes'))));
        const down = await minutes();
        expect(down.length).toBeGreaterThan(1);
        expect(down).toEqual([...down].sort((a, b) => b - a));
        expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('Duration');
        await table.getByRole('button', { name: 'Duration' }).click();
        const up = await minutes();
        expect(up).toEqual([...down].sort((a, b) => a - b));
        expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Duration');

        // the report time zone moves every time shown
        await app.page.getByRole('button', { name: 'Settings' }).click();
        await app.page
          .locator('#settings-panel')
          .getByRole('combobox', { name: 'Report time zone' })
          .fill('Asia/Jakarta');
        await app.page.locator('.incidents select').nth(1).selectOption('');
        await table.getByRole('button', { name: 'User-hours' }).click();
        await expect.poll(() => first.locator('td').nth(0).textContent()).toBe('Oct 4, 2021, 22:39 GMT+7');
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'shows allowed downtime per period with the month convention, and the reverse',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        await sampleOpen(app);
        await app.page.getByRole('tab', { name: 'Allowed downtime' }).click();
        const nines = app.page.getByTestId('nines-table');
        // the platform's target (99.9 %) over the calendar of the last month of the range, December 2022 (31 d)
        const expected = allowedDowntime(0.999, 'calendar', 'UTC', parseMonthKey('2022-12'));
        const cells = await nines.locator('tbody td').allTextContents();
        expect(cells).toEqual(
          [expected.day, expected.week, expected.month, expected.quarter, expected.year].map((m) =>
            formatDuration(m, 'en'),
          ),
        );
        expect(await nines.locator('caption').textContent()).toContain('Calendar (31 d, December 2022)');
        await nines.locator('..').getByRole('button', { name: '99.99 %', exact: true }).first().click();
        await expect
          .poll(() => nines.locator('tbody td').first().textContent())
          .toBe(formatDuration(1440 * 0.0001, 'en'));

        // reverse: 43 minutes down in a 31-day month = 1 - 43 / 44640
        await app.page.getByRole('textbox', { name: 'Downtime', exact: true }).fill('43m');
        expect(await app.page.getByTestId('nines-reverse').textContent()).toBe(
          formatAvailability(1 - 43 / 44640, 'en'),
        );
        await app.page.getByRole('textbox', { name: 'Downtime', exact: true }).fill('1h 20m');
        expect(await app.page.getByTestId('nines-reverse').textContent()).toBe(
          formatAvailability(1 - 80 / 44640, 'en'),
        );
        await app.page.screenshot({ path: join(SCREENSHOTS, 'nines.png') });
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'is usable from the keyboard with a visible focus',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        await sampleOpen(app);
        await app.page.getByRole('tab', { name: 'Overview' }).focus();
        await app.page.keyboard.press('ArrowRight');
        expect(await app.page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Incidents/);
        const focused = await app.page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth };
        });
        expect(focused.text).toMatch(/^Incidents/);
        expect(focused.outline).toBe('solid');
        expect(focused.width).toBe('2px');
        await app.page.keyboard.press('End');
        expect(await app.page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Diagnostics/);

        // the service picker is one tab stop with arrow keys
        await app.page.getByRole('tab', { name: 'Overview' }).click();
        await app.page.getByRole('radio', { name: 'Platform (all services)' }).focus();
        await app.page.keyboard.press('ArrowRight');
        await expect.poll(() => app.page.getByRole('radio', { checked: true }).textContent()).toBe('calls');
        expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('calls');
        expect(await app.page.getByRole('heading', { name: 'Monthly availability · calls' }).count()).toBe(1);
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'exports settings as the JSON the CLI reads, and imports them back',
    async () => {
      const app = await openApp(browser(), { firstRun: true });
      const dir = await mkdtemp(join(tmpdir(), 'sla-e2e-settings-'));
      try {
        await sampleOpen(app);
        await app.page.getByRole('button', { name: 'Settings' }).click();
        const panel = app.page.locator('#settings-panel');
        const users = panel.getByRole('textbox', { name: 'User base' });
        await users.fill('2.5B');
        await users.blur();
        expect(await users.inputValue()).toBe('2.5B');
        expect(await panel.getByTestId('users-in-words').textContent()).toContain('2.5 billion');
        await panel.getByRole('button', { name: 'Add' }).first().click();

        const exported = join(dir, 'exported.json');
        app.dialogs.save.push(exported);
        await panel.getByRole('button', { name: 'Export settings…' }).click();
        await expect.poll(() => app.page.locator('.notice > span').allTextContents()).toContain('Saved exported.json');
        const parsed = parseSettings(JSON.parse(await readFile(exported, 'utf8')));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.value.users).toBe(2.5e9);
        expect(parsed.value.targets.services).toMatchObject({ messaging: 0.9995, web: 0.99 });
        // the CLI takes the file as it is: same figures as the dashboard
        const cli = cliReport(SAMPLE_LOG, ['--settings', exported]);
        expect(await app.page.getByTestId('kpi-impact').textContent()).toBe(
          formatUserHours(summaryOf(cli, '*').userMinutesLost, 'en'),
        );
        await panel.locator('.settings__actions').scrollIntoViewIfNeeded();
        await app.page.screenshot({ path: join(SCREENSHOTS, 'settings-more.png') });

        const edited = join(dir, 'edited.json');
        await writeFile(edited, JSON.stringify({ ...parsed.value, targets: { default: 0.95, services: {} } }));
        app.dialogs.settings.push(edited);
        await panel.getByRole('button', { name: 'Import settings…' }).click();
        await expect
          .poll(() => app.page.locator('[data-kpi="availability"] .kpi__detail').textContent())
          .toContain(`target ${formatTarget(0.95, 'en')}`);
        expect(await app.page.getByTestId('kpi-months').textContent()).toBe('24 / 24');
      } finally {
        await app.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'runs the application menu commands',
    async () => {
      await withApp(browser(), { firstRun: true }, async (app) => {
        await sampleOpen(app);
        const menu = (command: string) =>
          app.page.evaluate(
            (c) =>
              (window as unknown as { __slaEmit: (ch: string, d: unknown) => void }).__slaEmit('event:menu-command', {
                command: c,
              }),
            command,
          );
        await menu('show-diagnostics');
        await expect.poll(() => app.page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Diagnostics/);
        await menu('settings');
        await expect.poll(() => app.page.locator('#settings-panel').count()).toBe(1);
        // system (light here) -> light -> dark
        await menu('toggle-theme');
        await menu('toggle-theme');
        await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
        await menu('language-id');
        await expect.poll(() => app.page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Diagnostik/);
        await menu('map-columns');
        await expect.poll(() => app.page.getByRole('dialog', { name: 'Petakan kolom' }).isVisible()).toBe(true);
      });
    },
    E2E_TIMEOUT_MS,
  );
});
