import { mkdirSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCREENSHOTS, withApp } from './harness/app-harness';
import { describeE2e, E2E_TIMEOUT_MS, OPEN_TIMEOUT_MS } from './harness/describe-e2e';
import { InvokeChannel } from '../../electron/shared/ipc-contract';

mkdirSync(SCREENSHOTS, { recursive: true });

describeE2e('PDF export progress (issue 16)', (browser) => {
  it(
    'shows the export stage with Cancel; Cancel stops the export, writes nothing and says so',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'sla-export-progress-'));
      try {
        await withApp(browser(), { firstRun: true }, async (app) => {
          await expect
            .poll(() => app.page.getByTestId('file-name').textContent(), { timeout: OPEN_TIMEOUT_MS })
            .toBe('messaging-platform-2021-2022.csv');
          app.dialogs.save.push(join(dir, 'report.pdf'));
          await app.page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'PDF' }).click();
          const bar = app.page.getByTestId('export-progress');
          // the harness prints with a real Chromium, started for each export: seconds, time enough to cancel
          await expect.poll(() => bar.textContent(), { timeout: OPEN_TIMEOUT_MS }).toContain('Exporting report.pdf');
          await expect.poll(() => bar.textContent()).toMatch(/Step [1-3] of 4: /);
          await bar.screenshot({ path: join(SCREENSHOTS, 'export-progress.png') });
          await bar.getByRole('button', { name: 'Cancel' }).click();
          // closing the export's browser takes a moment; the bar goes when the export has ended
          await expect.poll(() => bar.count(), { timeout: OPEN_TIMEOUT_MS }).toBe(0);
          expect(app.invoked).toContain(InvokeChannel.cancelExport);
          await expect.poll(() => app.page.getByRole('status').last().textContent()).toContain('cancelled');
          expect(await readdir(dir)).toEqual([]);
          expect(app.pageErrors).toEqual([]);
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    E2E_TIMEOUT_MS,
  );
});
