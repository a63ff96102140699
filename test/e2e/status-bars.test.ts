import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withApp, SCREENSHOTS } from './harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

/** Issue 18 item 6 in the dashboard: a hand-made log's days, coloured by their worst, with figures on hover. */

let dir = '';
let log = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-e2e-status-'));
  log = join(dir, 'shop.csv');
  await writeFile(
    log,
    [
      'start,end,service,severity',
      '2024-03-05T10:00:00Z,2024-03-05T11:00:00Z,api,major',
      '2024-03-06T23:00:00Z,2024-03-07T01:00:00Z,api,partial',
      '2024-03-08T12:00:00Z,2024-03-08T13:00:00Z,api,degraded',
      '2024-03-09T02:00:00Z,2024-03-09T04:00:00Z,api,maintenance',
      '2024-03-10T10:00:00Z,2024-03-10T10:30:00Z,web,major',
    ].join('\n') + '\n',
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeE2e('status bars', (browser) => {
  it(
    'colours each day by its worst and names its figures on hover and in the table',
    async () => {
      await withApp(browser(), { recent: [log] }, async (app) => {
        const page = app.page;
        await page.getByRole('button', { name: /^shop\.csv/ }).click();
        await expect
          .poll(() => page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('shop.csv');
        const bars = page.getByTestId('status-bars');
        const api = bars.getByRole('list', { name: 'api' });
        // the range is March 2024 and the log ends on 10 March: ten days, 1..10 March
        expect(await api.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-worst')))).toEqual([
          'up',
          'up',
          'up',
          'up',
          'major',
          'partial',
          'partial',
          'degraded',
          'maintenance',
          'up',
        ]);
        // 6 March: an hour of partial outage at weight 0.3 = 18 min, of 1,440 -> 1 - 18/1440 = 98.750 %
        expect(await api.locator('li').nth(5).getAttribute('title')).toBe(
          '2024-03-06: Partial outage · downtime 18 min · no data 0 min · availability 98.750 %',
        );
        // the platform row takes every service's records: 10 March is web's major half hour
        const platform = bars.getByRole('list', { name: 'Platform', exact: true });
        expect(await platform.locator('li').last().getAttribute('data-worst')).toBe('major');
        const card = page.locator('section[data-chart="status-bars"]');
        await card.hover({ position: { x: 400, y: 120 } });
        await card.screenshot({ path: join(SCREENSHOTS, 'status-bars.png') });
        await card.getByRole('button', { name: 'Table', exact: true }).click();
        const first = card.getByTestId('status-days-table').locator('tbody tr').first();
        // newest first: 10 March, web's 30 minutes of major outage
        expect(await first.locator('th, td').allTextContents()).toEqual([
          '2024-03-10',
          ' Major outage',
          '30 min',
          '0',
          '97.917 %',
        ]);
      });
    },
    E2E_TIMEOUT_MS,
  );
});
