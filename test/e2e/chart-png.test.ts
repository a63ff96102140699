import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCREENSHOTS, withApp } from './harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';
import { InvokeChannel, PNG_SIGNATURE } from '../../electron/shared/ipc-contract';

mkdirSync(SCREENSHOTS, { recursive: true });

describeE2e('chart images (issue 16)', (browser) => {
  it(
    "Save as PNG hands the chart's own PNG bytes to the main process, which writes them where the user chose",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'sla-png-'));
      try {
        await withApp(browser(), { firstRun: true }, async (app) => {
          await expect
            .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
            .toBe('messaging-platform-2021-2022.csv');
          const card = app.page.locator('[data-chart="availability"]');
          const drawn = await card.locator('canvas').boundingBox();
          await card.screenshot({ path: join(SCREENSHOTS, 'chart-card-save-png.png') });
          const out = join(dir, 'availability.png');
          app.dialogs.save.push(out);
          await card.getByRole('button', { name: 'Save as PNG' }).click();
          await expect.poll(() => app.page.getByRole('status').textContent()).toContain('availability.png');
          expect(app.invoked).toContain(InvokeChannel.saveChartPng);
          const png = await readFile(out);
          expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
          // IHDR's width and height (bytes 16-23): the canvas as drawn, at the page's pixel ratio or more
          expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(Math.floor(drawn!.width));
          expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(Math.floor(drawn!.height));
          // a chart, not a blank canvas: bars, axes and labels compress to well over a kilobyte
          expect(png.length).toBeGreaterThan(4096);
          expect(app.pageErrors).toEqual([]);
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    E2E_TIMEOUT_MS,
  );
});
