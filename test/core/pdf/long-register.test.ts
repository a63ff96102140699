import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import { describePdf } from './pdf-suite';
import { pageTexts, pdfInfo, squash, writePageImages } from './pdf-tools';

const INCIDENTS = 1000;
const SERVICES = ['api', 'checkout', 'search'];
const SEVERITIES = ['major', 'partial', 'degraded'];

/**
 * A year of 1,000 incidents, one every 8 h 45 min from 1 Jan 2023. Each title starts with alphaNNNN and ends with
 * omegaNNNN and is long enough to wrap onto a second line in the register, so a row cut by a page break would
 * leave its two ends on different pages.
 */
function thousandIncidentLog(): string {
  const lines = ['id,service,start,end,severity,title'];
  const t0 = Date.UTC(2023, 0, 1);
  for (let i = 0; i < INCIDENTS; i++) {
    const n = String(i + 1).padStart(4, '0');
    const start = t0 + i * 525 * 60_000;
    const end = start + (5 + ((i * 37) % 170)) * 60_000;
    lines.push(
      [
        `INC-${n}`,
        SERVICES[i % 3],
        new Date(start).toISOString(),
        new Date(end).toISOString(),
        SEVERITIES[i % 3],
        `alpha${n} primary database failover left requests queueing behind a stalled replica omega${n}`,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

describePdf('renderPdf: a 1,000-incident log with the full register', (chromePath) => {
  let pages: string[];
  const dir = mkdtempSync(join(tmpdir(), 'sla-pdf-long-'));
  const out = join(dir, 'thousand.pdf');

  beforeAll(async () => {
    const log = join(dir, 'thousand-incidents.csv');
    writeFileSync(log, thousandIncidentLog());
    const imported = await importFile(log, { fileName: 'thousand-incidents.csv', settings: DEFAULT_SETTINGS.import });
    expect(imported.source.records).toBe(INCIDENTS);
    // by default the register prints the most impactful incidents only (issue 16 finding 3): this asks for all
    const settings = { ...DEFAULT_SETTINGS, report: { ...DEFAULT_SETTINGS.report, fullRegister: true } };
    await renderPdf(buildReport(imported, settings), { outPath: out, chromePath });
    pages = pageTexts(out).map(squash);
    writePageImages(out, 'thousand-incidents');
  }, 180_000);

  it('lists every incident in the register, over many pages', () => {
    expect(pdfInfo(out).pages).toBeGreaterThan(25);
    const all = pages.join('');
    for (let i = 1; i <= INCIDENTS; i++) expect(all).toContain(`alpha${String(i).padStart(4, '0')}`);
  });

  it('never cuts a row across a page break: both ends of every title are on the same page', () => {
    for (let i = 1; i <= INCIDENTS; i++) {
      const n = String(i).padStart(4, '0');
      const alpha = pages.flatMap((p, k) => (p.includes(`alpha${n}`) ? [k] : []));
      const omega = pages.flatMap((p, k) => (p.includes(`omega${n}`) ? [k] : []));
      expect(omega, `incident ${n}`).toEqual(alpha);
    }
  });

  it('repeats the table header on every page of the register', () => {
    const header = squash('Start Service Region Severity Duration Affected Incident Line');
    const first = pages.findIndex((p) => p.includes(squash('Appendix B. Incident register')));
    expect(first).toBeGreaterThan(0);
    const registerPages = pages.slice(first);
    expect(registerPages.length).toBeGreaterThan(20);
    for (const p of registerPages) expect(p).toContain(header);
  });
});
