import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatAvailability } from '@core/format';
import { withApp, SCREENSHOTS } from './harness/app-harness';
import { cliReport, summaryOf } from './harness/cli-report';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';

mkdirSync(SCREENSHOTS, { recursive: true });
const FIXTURES = resolve(__dirname, 'fixtures');
const BAD_ROWS = join(FIXTURES, 'bad-rows.csv');
const UNUSUAL = join(FIXTURES, 'unusual.csv');
const HEARTBEATS = join(FIXTURES, 'heartbeats.csv');
const HEADER_ONLY = join(FIXTURES, 'header-only.csv');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sla-e2e-logs-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** An interval log of `rows` seven-minute-apart outages (about 70 bytes a row), streamed to disk. */
async function largeLog(rows: number): Promise<string> {
  const path = join(tmp, 'large.csv');
  const out = createWriteStream(path);
  out.write('id,service,start,end,severity\n');
  let t = Date.UTC(2020, 0, 1);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `I${i},svc${i % 7},${new Date(t).toISOString()},${new Date(t + 240_000).toISOString()},major\n`;
    t += 420_000;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return path;
}

describeE2e('opening logs', (browser) => {
  it(
    'shows the rejected rows of a dropped log with their lines and reasons',
    async () => {
      await withApp(browser(), { recent: [UNUSUAL, BAD_ROWS] }, async (app) => {
        await expect.poll(() => app.page.getByRole('heading', { name: 'Open an outage log' }).isVisible()).toBe(true);
        await app.page.screenshot({ path: join(SCREENSHOTS, 'welcome.png') });

        await app.dropFile(BAD_ROWS);
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('bad-rows.csv');
        const cli = cliReport(BAD_ROWS);
        expect(await app.page.getByTestId('file-records').textContent()).toBe(String(cli.source.records));
        expect(await app.page.getByTestId('file-rejected').textContent()).toBe(String(cli.source.skipped));
        expect(await app.page.getByTestId('kpi-availability').textContent()).toBe(
          formatAvailability(summaryOf(cli, '*').availability, 'en'),
        );

        // the rejected count in the header leads to the diagnostics
        await app.page.getByTestId('file-rejected').click();
        const rows = await app.page
          .locator('.diagnostics__table tbody tr')
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
        expect(rows).toEqual(cli.diagnostics.map((d) => [String(d.line), d.message]));
        expect(rows.map((r) => r[0])).toEqual(['3', '4', '5']);
        expect(await app.page.getByTestId('diagnostics-summary').textContent()).toBe('2 rows rejected, 3 messages');
        await app.page.screenshot({ path: join(SCREENSHOTS, 'diagnostics.png') });
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'maps the columns of an unusual CSV by hand and remembers the mapping',
    async () => {
      await withApp(browser(), {}, async (app) => {
        app.dialogs.log.push(UNUSUAL);
        await app.page.getByRole('button', { name: 'Open log…' }).click();
        const failure = app.page.getByTestId('open-failure');
        await expect
          .poll(() => failure.textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toContain('cannot tell what the columns mean');

        await failure.getByRole('button', { name: 'Map columns…' }).click();
        const dialog = app.page.getByRole('dialog', { name: 'Map columns' });
        await expect.poll(() => dialog.locator('tbody tr').count()).toBe(5);
        for (const [field, column] of [
          ['start', 'Beginn'],
          ['end', 'Ende'],
          ['service', 'Dienst'],
          ['severity', 'Schwere'],
          ['title', 'Beschreibung'],
          ['id', 'Nr'],
        ] as const) {
          await dialog.locator(`select[data-field="${field}"]`).selectOption(column);
        }
        await dialog.getByLabel('Date pattern').fill('dd.MM.yyyy HH:mm');
        await dialog.getByLabel('Input time zone').fill('Europe/Berlin');
        await expect.poll(() => dialog.getByTestId('mapping-shape').textContent()).toContain('intervals');
        await expect.poll(() => dialog.getByTestId('mapping-problems').count()).toBe(0);
        await app.page.screenshot({ path: join(SCREENSHOTS, 'mapping-dialog.png') });
        await dialog.getByRole('button', { name: 'Import with this mapping' }).click();

        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('unusual.csv');
        const cli = cliReport(UNUSUAL, [
          ...['start=Beginn', 'end=Ende', 'service=Dienst', 'severity=Schwere', 'title=Beschreibung', 'id=Nr'].flatMap(
            (m) => ['--map', m],
          ),
          '--date-format',
          'dd.MM.yyyy HH:mm',
          '--input-tz',
          'Europe/Berlin',
        ]);
        expect(await app.page.getByTestId('file-records').textContent()).toBe(String(cli.source.records));
        expect(await app.page.getByTestId('kpi-availability').textContent()).toBe(
          formatAvailability(summaryOf(cli, '*').availability, 'en'),
        );
        // remembered for that file
        expect(app.services.settings.forFile(UNUSUAL).settings.import.columns).toMatchObject({
          start: 'Beginn',
          end: 'Ende',
        });
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'cancels a large import and keeps the log that was open',
    async () => {
      const big = await largeLog(800_000);
      await withApp(browser(), { firstRun: true }, async (app) => {
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('messaging-platform-2021-2022.csv');
        app.dialogs.log.push(big);
        await app.page.getByRole('button', { name: 'Open log…' }).click();
        const progress = app.page.getByTestId('import-progress');
        await expect.poll(() => progress.textContent(), { timeout: OPEN_TIMEOUT_MS }).toMatch(/of .*MB · .* rows/);
        await progress.getByRole('button', { name: 'Cancel' }).click();
        await expect.poll(() => progress.count(), { timeout: OPEN_TIMEOUT_MS }).toBe(0);
        expect(await app.page.getByTestId('file-name').textContent()).toBe('messaging-platform-2021-2022.csv');
        // the notice follows the end of the cancelled engine, which a busy host can take over a second to see
        await expect
          .poll(() => app.page.locator('.notice').allTextContents(), { timeout: OPEN_TIMEOUT_MS })
          .toEqual([expect.stringMatching(/cancel/i)]);
        expect(await app.page.getByTestId('open-failure').count()).toBe(0);

        // nothing is left running: the next open works
        app.dialogs.log.push(BAD_ROWS);
        await app.page.getByRole('button', { name: 'Open log…' }).click();
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('bad-rows.csv');
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'opens a status log from the recent list: downtime from runs of failed probes, and the share of probes up',
    async () => {
      await withApp(browser(), { recent: [HEARTBEATS] }, async (app) => {
        await app.page.getByRole('button', { name: /^heartbeats\.csv/ }).click();
        await expect
          .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toBe('heartbeats.csv');
        expect(await app.page.getByTestId('file-format').textContent()).toBe('csv · status samples');
        const cli = cliReport(HEARTBEATS);
        for (const service of ['*', 'api', 'web']) {
          if (service !== '*') await app.page.getByRole('radio', { name: service, exact: true }).click();
          const s = summaryOf(cli, service);
          await expect
            .poll(() => app.page.getByTestId('kpi-availability').textContent())
            .toBe(formatAvailability(s.availability, 'en'));
          expect(await app.page.locator('[data-kpi="availability"] .kpi__detail').textContent()).toContain(
            `probe samples up: ${formatAvailability(s.sampleAvailability, 'en')}`,
          );
        }
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'says clearly when a log has no data, and stays on the welcome view',
    async () => {
      await withApp(browser(), {}, async (app) => {
        app.dialogs.log.push(HEADER_ONLY);
        await app.page.getByRole('button', { name: 'Open log…' }).first().click();
        const failure = app.page.getByTestId('open-failure');
        await expect
          .poll(() => failure.textContent(), { timeout: OPEN_TIMEOUT_MS })
          .toContain('header-only.csv: has a header but no data rows');
        expect(await app.page.getByRole('heading', { name: 'Open an outage log' }).isVisible()).toBe(true);
        await failure.getByRole('button', { name: 'Close' }).click();
        expect(await failure.count()).toBe(0);
      });
    },
    E2E_TIMEOUT_MS,
  );
});
