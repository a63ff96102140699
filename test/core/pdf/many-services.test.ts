import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import { SERVICE_PAGE_LIMIT } from '@core/report/service-pages';
import { describePdf } from './pdf-suite';
import { pageTexts, pdfInfo, squash, writePageImages } from './pdf-tools';

const SERVICES = 250;

/**
 * Issue 19 item 4's shape: 250 services, service k down for k + 1 minutes on one day of January 2024. The PDF gave
 * each a page of charts: 263 pages, 15 MB and over a minute of Chromium.
 */
function manyServicesLog(): string {
  const lines = ['start,end,service'];
  for (let k = 0; k < SERVICES; k++) {
    const start = Date.UTC(2024, 0, 1 + (k % 28));
    lines.push(`${new Date(start).toISOString()},${new Date(start + (k + 1) * 60_000).toISOString()},svc${k}`);
  }
  return lines.join('\n') + '\n';
}

describePdf('renderPdf: 250 services', (chromePath) => {
  const dir = mkdtempSync(join(tmpdir(), 'sla-pdf-services-'));
  const out = join(dir, 'services.pdf');
  let pages: string[];

  beforeAll(async () => {
    const log = join(dir, 'services.csv');
    writeFileSync(log, manyServicesLog());
    const imported = await importFile(log, { fileName: 'services.csv', settings: DEFAULT_SETTINGS.import });
    await renderPdf(buildReport(imported, DEFAULT_SETTINGS), { outPath: out, chromePath });
    pages = pageTexts(out);
    writePageImages(out, 'many-services');
  }, 300_000);

  it('gives pages to the services that matter and a line to the rest, in a short PDF', () => {
    // the platform, 20 service pages, the compact table of 230 rows and the appendices: it was 263 pages and 15 MB
    expect(pdfInfo(out).pages).toBeLessThan(60);
    expect(statSync(out).size).toBeLessThan(4e6);
    const headings = pages.flatMap((p) => [...p.matchAll(/^Service: (svc\d+)$/gm)].map((m) => m[1]));
    // January 2024 has 44,640 minutes: 44.64 min of budget at 99.9 %, so svc44 (45 min) to svc249 missed; the
    // pages go to the missed services with the most downtime: svc249 (250 min) down to svc230
    expect(new Set(headings)).toEqual(new Set(Array.from({ length: SERVICE_PAGE_LIMIT }, (_, i) => `svc${249 - i}`)));
  });

  it('lists every other service in the compact table, and says so on page one', () => {
    // page one counts the services instead of naming all 250
    expect(pages[0]).toContain('January 2024 · 250 services');
    expect(squash(pages[0]!)).toContain(squash('the other 230 are under “Services without a page of their own”'));
    // from the table's heading (a line of its own, not page one's mention) to Appendix A
    const from = pages.findIndex((p) => /^Services without a page of their own$/m.test(p));
    const to = pages.findIndex((p, i) => i > from && /^Appendix A\./m.test(p));
    const compact = pages.slice(from, to).join('\n');
    expect(compact).toContain('This report covers 250 services.');
    // the table is worst first: svc229 (230 min of downtime) heads it, svc0 (1 min) ends it
    const rows = [...compact.matchAll(/^(svc\d+) /gm)].map((m) => m[1]);
    expect(rows).toHaveLength(SERVICES - SERVICE_PAGE_LIMIT);
    expect(rows[0]).toBe('svc229');
    expect(rows.at(-1)).toBe('svc0');
  });
});
