import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { formatDuration } from '@core/format';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { settingsSchema } from '@core/model/settings';
import { describePdf } from './pdf-suite';
import { pageTexts, squash, writePageImages } from './pdf-tools';

/** Issue 18 item 6 on paper: each service's status bar, its legend and the figures its caption names. */
const LOG = [
  'start,end,severity',
  '2024-03-05T10:00:00Z,2024-03-05T11:00:00Z,major',
  '2024-03-06T23:00:00Z,2024-03-07T01:00:00Z,partial',
  '2024-03-09T02:00:00Z,2024-03-09T04:00:00Z,maintenance',
].join('\n');

describePdf('renderPdf: status bars', (chromePath) => {
  let text = '';
  const dir = mkdtempSync(join(tmpdir(), 'sla-pdf-status-'));
  const out = join(dir, 'status.pdf');

  beforeAll(async () => {
    const path = join(dir, 'shop.csv');
    writeFileSync(path, LOG + '\n');
    const settings = settingsSchema.parse({});
    const imported = await importFile(path, { fileName: 'shop.csv', settings: settings.import });
    await renderPdf(buildReport(imported, settings), { outPath: out, chromePath });
    text = squash(pageTexts(out).join('\n'));
    writePageImages(out, 'status-bar');
  });

  it("draws the service's last days with a legend and names the days that had an outage", () => {
    // March 2024 up to the log's last day, 9 March: nine days
    expect(text).toContain(squash('Last 9 days'));
    expect(text).toContain(squash('Operational Degraded Partial outage Major outage Maintenance No data'));
    // 5 March major, 6 and 7 March partial: three days with an outage; the most downtime is 5 March's hour
    expect(text).toContain(
      squash('Each day from 2024-03-01 to 2024-03-09 (UTC) coloured by the worst it saw; 3 with an outage.'),
    );
    expect(text).toContain(squash(`Most downtime: 2024-03-05 (${formatDuration(60, 'en')}).`));
  });
});
