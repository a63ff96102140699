import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '@core/pdf';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { parseSettings, type Settings } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import { formatAvailability, formatDuration, formatNumber, formatTarget, formatUserHours } from '@core/format';
import { describePdf } from './pdf-suite';
import { monthRow } from './report-rows';
import { outlineTitles, pageTexts, pdfInfo, ROOT, squash, writePageImages } from './pdf-tools';

const SAMPLE = join(ROOT, 'samples/messaging-platform-2021-2022.csv');
const SAMPLE_SETTINGS = join(ROOT, 'samples/messaging-platform.settings.json');

function sampleSettings(report: Settings['report']): Settings {
  const parsed = parseSettings(JSON.parse(readFileSync(SAMPLE_SETTINGS, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return { ...parsed.value, report };
}

async function sampleModel(report: Settings['report']): Promise<ReportModel> {
  const settings = sampleSettings(report);
  const imported = await importFile(SAMPLE, {
    fileName: 'messaging-platform-2021-2022.csv',
    settings: settings.import,
  });
  return buildReport(imported, settings);
}

const tmp = mkdtempSync(join(tmpdir(), 'sla-pdf-'));

describePdf('renderPdf: the sample log as a PDF report', (chromePath) => {
  let model: ReportModel;
  let pages: string[];
  let text: string;
  const out = join(tmp, 'sample-en.pdf');

  beforeAll(async () => {
    model = await sampleModel({ paper: 'A4', language: 'en' });
    await renderPdf(model, { outPath: out, chromePath });
    pages = pageTexts(out);
    text = pages.join('\n');
    writePageImages(out, 'sample-en');
  });

  it('is a tagged A4 PDF of several pages with "page X of Y" footers and a document outline', () => {
    const info = pdfInfo(out);
    expect(info.pageSize).toContain('(A4)');
    expect(info.pages).toBeGreaterThanOrEqual(10);
    expect(info.tagged).toBe(true);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${info.pages}`));
    const outline = outlineTitles(out);
    expect(outline).toEqual(
      expect.arrayContaining(['Executive summary', 'Service: messaging', 'Appendix A. Methodology']),
    );
  });

  it('prints every month of every service with the same figures as the model, formatted as on screen', () => {
    const rows = text.split('\n').map(squash);
    for (const m of model.months) expect(rows, `${m.service} ${m.month}`).toContain(squash(monthRow(m, 'en')));
  });

  it('states each service’s availability, error budget left and user impact for the whole period', () => {
    const exec = squash(pages.find((p) => p.includes('Executive summary'))!);
    for (const s of model.summary) {
      const name = s.service === '*' ? 'All services (platform)' : s.service;
      // one row of the executive summary's table per service
      expect(exec).toContain(
        squash(`${name} ${formatAvailability(s.availability, 'en')} ${formatTarget(s.target, 'en')}`),
      );
      expect(exec).toContain(squash(formatDuration(s.budgetRemainingMinutes, 'en')));
      expect(exec).toContain(squash(formatUserHours(s.userMinutesLost, 'en')));
    }
  });

  it('gives each service its episodes and mean time to recover, and fits its 24 months on the section’s first page', () => {
    for (const s of model.summary) {
      const heading = s.service === '*' ? 'All services (platform)' : `Service: ${s.service}`;
      const page = squash(pages.find((p) => p.startsWith(heading) || p.includes(`\n${heading}\n`))!);
      expect(page).toContain(squash(`${formatNumber(s.episodes, 'en', 0)} episodes`));
      expect(page).toContain(squash(`mean time to recover: ${formatDuration(s.mttrMinutes!, 'en')}`));
      expect(page).toContain(squash(`Whole period ${formatDuration(s.eligibleMinutes, 'en')}`));
    }
  });

  it('names the source file and its SHA-256 on page one, and the settings a reader needs to recompute', () => {
    expect(pages[0]).toContain('messaging-platform-2021-2022.csv');
    expect(pages[0]).toContain(model.source.sha256);
    // issue 16 finding 3: page one is the executive summary; the settings moved to the methodology appendix
    // the sample's settings: messaging 99.95 %, M365 credit tiers, 2 billion users
    const methodology = pages.find((p) => p.includes('Appendix A. Methodology'))!;
    expect(methodology).toContain('messaging 99.95 %');
    expect(methodology).toContain('below 99.9 %: 25 %');
    expect(methodology).toContain('2,000,000,000');
    expect(text).toContain('availability = 1 − downtimeMinutes / eligibleMinutes');
  });

  it('leads page two with the worst incident: the platform-wide outage of 4 October 2021', () => {
    // issue 16 finding 3: page one holds the executive summary's figures, page two the worst incidents
    expect(pages[1]).toContain('Worst incidents');
    // samples/README.md: 15:39-21:30 UTC, platform-wide, 100 % of users -> 5 h 51 min
    expect(squash(pages[1]!)).toContain(
      squash('1. Oct 4, 2021, 15:39 UTC: major outage of all services for 5 h 51 min'),
    );
  });
});

describePdf('renderPdf: Indonesian on Letter paper', (chromePath) => {
  let model: ReportModel;
  let text: string;
  const out = join(tmp, 'sample-id.pdf');

  beforeAll(async () => {
    model = await sampleModel({ paper: 'Letter', language: 'id' });
    await renderPdf(model, { outPath: out, chromePath });
    text = pageTexts(out).join('\f');
    writePageImages(out, 'sample-id');
  });

  it('is on Letter paper with Indonesian headings and page footers', () => {
    const info = pdfInfo(out);
    expect(info.pageSize).toContain('(letter)');
    for (const heading of ['Ringkasan eksekutif', 'Angka bulanan', 'Lampiran A. Metodologi', 'Pengaturan yang berlaku'])
      expect(text).toContain(heading);
    expect(text).toContain(`Halaman 1 dari ${info.pages}`);
    expect(text).not.toContain('Executive summary');
  });

  it('fits each service’s 24 months on the section’s first page of the shorter Letter paper', () => {
    const pages = text.split('\f');
    expect(pages.length).toBeGreaterThan(1);
    for (const s of model.summary) {
      const heading = s.service === '*' ? 'Semua layanan (platform)' : `Layanan: ${s.service}`;
      const page = squash(pages.find((p) => p.includes(`\n${heading}\n`))!);
      expect(page).toContain(squash(`Seluruh periode ${formatDuration(s.eligibleMinutes, 'id')}`));
    }
  });

  it('formats numbers the Indonesian way: decimal comma, dot for thousands', () => {
    const platform = model.summary.find((s) => s.service === '*')!;
    const availability = formatAvailability(platform.availability, 'id');
    expect(availability).toMatch(/^\d{2,3},\d{3,6} %$/);
    expect(squash(text)).toContain(squash(availability));
    expect(text).toContain('2.000.000.000');
    const rows = text.split('\n').map(squash);
    for (const m of model.months) expect(rows, `${m.service} ${m.month}`).toContain(squash(monthRow(m, 'id')));
  });
});
