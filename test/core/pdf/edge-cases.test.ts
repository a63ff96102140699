import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { settingsSchema } from '@core/model/settings';
import { describePdf } from './pdf-suite';
import { outlineTitles, pageTexts, pdfInfo, squash, writePageImages } from './pdf-tools';

/**
 * A log with no service column (one service named after the file), an incident still open at the end of the log,
 * and a 100 % target, which leaves no error budget at all: the corners where a print view divides by zero.
 */
const LOG = [
  'start,end,severity,title',
  '2024-03-01T10:00:00Z,2024-03-01T11:00:00Z,major,Database outage',
  '2024-03-20T00:00:00Z,2024-03-20T06:00:00Z,degraded,Slow search',
  '2024-04-02T08:00:00Z,,partial,Checkout errors still under investigation',
].join('\n');

describePdf('renderPdf: a strict target and an open incident', (chromePath) => {
  let pages: string[];
  const dir = mkdtempSync(join(tmpdir(), 'sla-pdf-edge-'));
  const out = join(dir, 'edge.pdf');

  beforeAll(async () => {
    const path = join(dir, 'shop.csv');
    writeFileSync(path, LOG + '\n');
    const settings = settingsSchema.parse({ targets: { default: 1 }, countMaintenance: true });
    const imported = await importFile(path, { fileName: 'shop.csv', settings: settings.import });
    await renderPdf(buildReport(imported, settings), { outPath: out, chromePath });
    pages = pageTexts(out);
    writePageImages(out, 'edge-cases');
  });

  it('lays out the report for the file-stem service with a 100 % target', () => {
    expect(pdfInfo(out).pages).toBeGreaterThanOrEqual(5);
    const text = squash(pages.join('\n'));
    expect(text).toContain(squash('Service: shop'));
    expect(text).toContain(squash('default 100 %'));
    expect(text).toContain(squash('counted as downtime (weight 1)'));
    // one hour of major outage in March 2024 (31 days = 44,640 min) -> 1 - 60/44640 = 99.866 %
    // durations to the minute, a whole hour as "1 h" (issue 16 finding 6)
    expect(text).toContain(squash('Mar 2024 31 d 1 h 99.866 % 100 % Missed −1 h'));
  });

  it('gives the platform row no section of its own when it only repeats the one service', () => {
    const outline = outlineTitles(out);
    expect(outline).toContain('Service: shop');
    expect(outline).not.toContain('All services (platform)');
  });

  it('marks the incident the log left open as ongoing in the register', () => {
    const register = pages.find((p) => p.includes('Appendix B. Incident register'))!;
    const row = register.split('\n').find((l) => l.includes('Checkout errors'))!;
    expect(row).toBeDefined();
    expect(squash(register)).toContain('ongoing');
  });
});
