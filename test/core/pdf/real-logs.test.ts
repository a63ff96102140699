import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import { describePdf } from './pdf-suite';
import { pageTexts, pdfInfo, ROOT, squash, writePageImages } from './pdf-tools';
import { monthRow } from './report-rows';

const FIXTURES = join(ROOT, 'test/fixtures');
// user impact in user-hours wherever a person reads it (issue 16 finding 6)
const MONTHLY_HEADER = squash('Period Eligible Downtime Availability Target Met Budget left Credit User-hours');

async function render(
  path: string,
  name: string,
  chromePath: string,
): Promise<{ model: ReportModel; pages: string[] }> {
  const imported = await importFile(path, { fileName: path.split('/').pop()!, settings: DEFAULT_SETTINGS.import });
  const model = buildReport(imported, DEFAULT_SETTINGS);
  const out = join(mkdtempSync(join(tmpdir(), 'sla-pdf-real-')), `${name}.pdf`);
  await renderPdf(model, { outPath: out, chromePath });
  writePageImages(out, name);
  expect(pdfInfo(out).pages).toBeGreaterThan(5);
  return { model, pages: pageTexts(out) };
}

describePdf('renderPdf: real public logs (test/fixtures)', (chromePath) => {
  let github: { model: ReportModel; pages: string[] };
  let upptime: { model: ReportModel; pages: string[] };

  beforeAll(async () => {
    github = await render(join(FIXTURES, 'githubstatus/downtime_windows.csv'), 'githubstatus', chromePath);
    upptime = await render(
      join(FIXTURES, 'upptime-cloudesire/cloudesire_status_events.csv'),
      'upptime-cloudesire',
      chromePath,
    );
  }, 240_000);

  it('GitHub’s four years of incidents: every month row printed, the header repeated where a table turns a page', () => {
    expect(github.model.monthKeys.length).toBeGreaterThan(40);
    const rows = github.pages.flatMap((p) => p.split('\n')).map(squash);
    for (const m of github.model.months) expect(rows, `${m.service} ${m.month}`).toContain(squash(monthRow(m, 'en')));
    // a page holding month rows but no section heading continues a table: it must start with the header again
    const monthRowPattern = /^[A-Z][a-z]{2} \d{4} /m;
    const continued = github.pages.filter((p) => monthRowPattern.test(p) && !/Service: |All services/.test(p));
    expect(continued.length).toBeGreaterThan(0);
    for (const p of continued) expect(squash(p)).toContain(MONTHLY_HEADER);
  });

  it('Upptime status checks: a second availability by samples in every month row, with its formula', () => {
    expect(upptime.model.source.shape).toBe('status');
    const text = upptime.pages.join('\n');
    const rows = text.split('\n').map(squash);
    for (const m of upptime.model.months)
      expect(rows, `${m.service} ${m.month}`).toContain(squash(monthRow(m, 'en', true)));
    expect(squash(text)).toContain(squash('sampleAvailability = up samples / (all samples − maintenance samples)'));
  });
});
