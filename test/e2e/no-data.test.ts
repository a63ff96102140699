import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatAvailability } from '@core/format';
import { withApp, SCREENSHOTS } from './harness/app-harness';
import { cliReport, summaryOf } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

/**
 * SPEC 2 observed time in the app: a probe log with a ten-day silence shows that time as no data, its own
 * share of the month, never as up.
 */

let dir = '';
let log = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-e2e-nodata-'));
  log = join(dir, 'probes.csv');
  // api probed every 10 minutes from 1 January 00:00 to 16 January 00:00, down for the hour from 3 January
  // 12:00, then silent until 26 January 00:00, then every 10 minutes to 31 January 23:50
  const rows = ['timestamp,service,status'];
  const T0 = Date.UTC(2024, 0, 1);
  const step = 10 * 60_000;
  const down = [Date.UTC(2024, 0, 3, 12), Date.UTC(2024, 0, 3, 13)];
  for (let t = T0; t <= Date.UTC(2024, 0, 16); t += step)
    rows.push(`${new Date(t).toISOString()},api,${t >= down[0]! && t < down[1]! ? 'down' : 'up'}`);
  for (let t = Date.UTC(2024, 0, 26); t < Date.UTC(2024, 1, 1); t += step)
    rows.push(`${new Date(t).toISOString()},api,up`);
  await writeFile(log, rows.join('\n') + '\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describeE2e('no data', (browser) => {
  it(
    'shows the time nobody observed as its own share of the month, outside the availability',
    async () => {
      await withApp(browser(), { recent: [log] }, async (app) => {
        await app.page.getByRole('button', { name: /^probes\.csv/ }).click();
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('probes.csv');
        // A sample log with a 10-minute median interval: gap limit 50 minutes. Observed: 1 January 00:00 to
        // 16 January 00:50 (the last row before the silence covers up to the limit) and 26 January to
        // 1 February (the last row covers one median interval): 15 d 50 min + 6 d. No data: 31 d - 21 d 50 min
        // = 14,350 min, 32.1 % of January's 44,640; down 60 min of the 30,290 observed.
        const cli = cliReport(log);
        const api = summaryOf(cli, 'api');
        expect(api.noDataMinutes).toBe(14_350);
        expect(api.availability).toBeCloseTo(1 - 60 / 30_290, 12);
        await expect
          .poll(() => app.page.getByTestId('kpi-availability').textContent())
          .toBe(formatAvailability(api.availability, 'en'));
        const card = app.page.locator('section', {
          has: app.page.getByRole('heading', { name: /^Monthly availability/ }),
        });
        await card.getByRole('button', { name: 'Table', exact: true }).click();
        const table = card.locator('table');
        const header = await table.locator('thead th').allTextContents();
        const column = header.indexOf('No data');
        expect(column).toBeGreaterThan(0);
        expect(await table.locator('tbody tr').first().locator('th, td').nth(column).textContent()).toBe('32.1 %');
        await card.getByRole('button', { name: 'Chart', exact: true }).click();
        await app.page.screenshot({ path: join(SCREENSHOTS, 'no-data-share.png') });
      });
    },
    E2E_TIMEOUT_MS,
  );
});
