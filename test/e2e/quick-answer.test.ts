import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatDuration } from '@core/format';
import { withApp, SCREENSHOTS } from './harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS } from './harness/describe-e2e';

/** Issue 18 item 5: the quick answer, without a log, from the welcome screen; figures as the core computes them. */
describeE2e('quick answer', (browser) => {
  it(
    'answers a 2 h outage for 2 billion users as the user types, with no IPC',
    async () => {
      await withApp(browser(), {}, async (app) => {
        const page = app.page;
        await page.getByRole('button', { name: 'Quick answer' }).first().click();
        const panel = page.getByTestId('quick-calculator');
        await expect.poll(() => panel.isVisible()).toBe(true);
        const before = app.invoked.length;
        await panel.getByLabel('Started').fill('2026-03-10 10:00');
        await panel.getByLabel('Users', { exact: true }).fill('2B');
        await panel.getByLabel('Value per minute').fill('1000');
        await panel.getByLabel('Credit tiers').selectOption('m365');
        // 99.9 % of March 2026 (31 d = 44,640 min) = 44.64 min, as the app writes every duration
        const nines = panel.getByTestId('quick-nines');
        expect(await nines.locator('tbody tr').first().locator('th').textContent()).toBe('Calendar (31 d, March 2026)');
        expect(await nines.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe(
          formatDuration(44.64, 'en'),
        );
        // 2 h of the month: 1 - 120/44,640 = 99.731 %, below m365's 99.9 -> 25 %; 120 / 44.64 = 268.8 % of the budget
        await expect.poll(() => panel.getByTestId('quick-availability').textContent()).toBe('99.731 % · target missed');
        expect(await panel.getByTestId('quick-credit').textContent()).toBe('25 %');
        // 44.64 - 120 = -75.36 min left
        expect(await panel.getByTestId('quick-budget').textContent()).toBe(
          `${formatDuration(44.64, 'en')}; 268.8 % consumed, ${formatDuration(44.64 - 120, 'en')} left`,
        );
        // 2e9 users x 120 min = 2.4e11 user-minutes = 4.0e9 user-hours; 1000 x 120 = 120,000
        expect(await panel.getByTestId('quick-user-minutes').textContent()).toBe(
          '240,000,000,000 (4.0 billion user-hours)',
        );
        expect(await panel.getByTestId('quick-value').textContent()).toBe('120,000');
        // half the users: user-minutes halve, the time still counts in full
        await panel.getByLabel('Users affected (%)').fill('50');
        await expect
          .poll(() => panel.getByTestId('quick-user-minutes').textContent())
          .toBe('120,000,000,000 (2.0 billion user-hours)');
        expect(await panel.getByTestId('quick-availability').textContent()).toBe('99.731 % · target missed');
        // a typo is named, and the last good answer does not pretend to be for it
        await panel.getByLabel('Outage length').fill('2x');
        await expect.poll(() => panel.getByText('Not a duration').isVisible()).toBe(true);
        expect(app.invoked.slice(before)).toEqual([]);
        await panel.getByLabel('Outage length').fill('2h');
        await page.screenshot({ path: join(SCREENSHOTS, 'quick-answer.png'), fullPage: true });
      });
    },
    E2E_TIMEOUT_MS,
  );
});
