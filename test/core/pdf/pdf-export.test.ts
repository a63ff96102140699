import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PrintToPDFOptions } from 'electron';
import { importFile } from '@core/import';
import { buildReport } from '@core/report/index';
import { parseSettings } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import { printViewDir, printViewFile } from '@core/pdf/print-view-files';
import { pdfPrintOptions, playwrightPdfOptions } from '@core/pdf/print-options';
import type { PrintLayout } from '@core/pdf/print-contract';
import { writeFileAtomic } from '../../../core/io/write-file-atomic';
import { describePdf } from './pdf-suite';
import { report } from '../compute/helpers';
import { pageTexts, pdfInfo, ROOT, squash } from './pdf-tools';

// the glue half of pdf-export.ts imports Electron; the tested half never touches it
vi.mock('electron', () => ({ app: { isPackaged: false }, BrowserWindow: class {} }));
const { printReportPdf, printViewUrl, PdfExportError } = await import('../../../electron/main/pdf-export');
type PrintWindow = import('../../../electron/main/pdf-export').PrintWindow;

const LETTER_LAYOUT: PrintLayout = {
  paper: 'Letter',
  marginsMm: { top: 25.4, bottom: 12.7, left: 19.05, right: 19.05 },
  title: 't',
  headerTemplate: '<div>h</div>',
  footerTemplate: '<div>f</div>',
};

describe('pdfPrintOptions', () => {
  it('asks Electron for the paper in inches, margins in inches, a tagged PDF with an outline', () => {
    // typed as Electron's own options: the object pdf-export.ts hands to printToPDF as it is
    const options: PrintToPDFOptions = pdfPrintOptions(LETTER_LAYOUT);
    expect(options.pageSize).toEqual({ width: 8.5, height: 11 });
    // 25.4 mm = 1 in, 12.7 mm = 0.5 in, 19.05 mm = 0.75 in
    const inches = { top: 1, bottom: 0.5, left: 0.75, right: 0.75 };
    for (const [side, v] of Object.entries(inches))
      expect(options.margins?.[side as keyof typeof inches], side).toBeCloseTo(v, 12);
    expect(options).toMatchObject({
      displayHeaderFooter: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      headerTemplate: '<div>h</div>',
      footerTemplate: '<div>f</div>',
    });
  });

  it('loads the print view from the app origin, or from the dev server while developing', () => {
    expect(printViewUrl(undefined)).toBe('app://sla/print.html');
    expect(printViewUrl('http://localhost:5173')).toBe('http://localhost:5173/print.html');
  });
});

/** An Electron window stand-in over a real Chromium page: the print view and the print pipeline are real. */
function playwrightWindow(page: Page, closed: { count: number }): PrintWindow {
  return {
    load: async (url) => {
      await page.goto(url);
    },
    evaluate: (script) => page.evaluate(script),
    printToPdf: (o: PrintToPDFOptions) => {
      const size = o.pageSize as { width: number; height: number };
      const m = o.margins!;
      return page.pdf({
        width: `${size.width}in`,
        height: `${size.height}in`,
        margin: { top: `${m.top}in`, bottom: `${m.bottom}in`, left: `${m.left}in`, right: `${m.right}in` },
        printBackground: o.printBackground,
        displayHeaderFooter: o.displayHeaderFooter,
        headerTemplate: o.headerTemplate,
        footerTemplate: o.footerTemplate,
        tagged: o.generateTaggedPDF,
        outline: o.generateDocumentOutline,
      });
    },
    close: () => {
      closed.count++;
    },
  };
}

const ORIGIN = 'http://sla-print-test.localhost';

describePdf('printReportPdf: Export PDF as the app runs it', (chromePath) => {
  let browser: Browser;
  let model: ReportModel;
  const dir = mkdtempSync(join(tmpdir(), 'sla-export-pdf-'));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromePath, headless: true });
    const settings = parseSettings(
      JSON.parse(readFileSync(join(ROOT, 'samples/messaging-platform.settings.json'), 'utf8')),
    );
    if (!settings.ok) throw new Error(settings.error);
    const chosen = { ...settings.value, report: { paper: 'Letter' as const, language: 'en' as const } };
    const imported = await importFile(join(ROOT, 'samples/messaging-platform-2021-2022.csv'), {
      fileName: 'messaging-platform-2021-2022.csv',
      settings: chosen.import,
    });
    model = buildReport(imported, chosen);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function servedPage(): Promise<Page> {
    const page = await browser.newPage();
    const root = printViewDir();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? printViewFile(root, url.pathname) : null;
      if (!file) return route.abort();
      await route.fulfill({ contentType: file.contentType, body: await readFile(file.path) });
    });
    return page;
  }

  it('prints the report on the paper the settings chose, and closes the window', async () => {
    const closed = { count: 0 };
    const page = await servedPage();
    const out = join(dir, 'export.pdf');
    await printReportPdf(
      {
        createPrintWindow: () => playwrightWindow(page, closed),
        printViewUrl: `${ORIGIN}/print.html`,
        writeFile: writeFileAtomic,
      },
      model,
      out,
    );
    const info = pdfInfo(out);
    expect(info.pageSize).toContain('(letter)');
    expect(info.tagged).toBe(true);
    const text = squash(pageTexts(out).join('\n'));
    expect(text).toContain(squash('Executive summary'));
    expect(text).toContain(squash(`Page 1 of ${info.pages}`));
    expect(closed.count).toBe(1);
    expect(readdirSync(dir)).toEqual(['export.pdf']);
  });

  it('says the layout failed, writes nothing and still closes the window when the print view is missing', async () => {
    const closed = { count: 0 };
    const page = await servedPage();
    const out = join(dir, 'missing-view.pdf');
    const run = printReportPdf(
      {
        createPrintWindow: () => playwrightWindow(page, closed),
        printViewUrl: `${ORIGIN}/no-such-page.html`,
        writeFile: writeFileAtomic,
      },
      model,
      out,
    );
    await expect(run).rejects.toBeInstanceOf(PdfExportError);
    await expect(run).rejects.toThrow(/^Could not lay out the report for printing: /);
    expect(closed.count).toBe(1);
    expect(readdirSync(dir)).not.toContain('missing-view.pdf');
  });

  it('names the file when saving fails', async () => {
    const closed = { count: 0 };
    const page = await servedPage();
    const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    const run = printReportPdf(
      {
        createPrintWindow: () => playwrightWindow(page, closed),
        printViewUrl: `${ORIGIN}/print.html`,
        writeFile: () => Promise.reject(denied),
      },
      model,
      '/reports/q4.pdf',
    );
    await expect(run).rejects.toThrow('Could not save the PDF to /reports/q4.pdf: EACCES, permission denied');
    expect(closed.count).toBe(1);
  });
});

describe('playwrightPdfOptions', () => {
  it('gives the CLI’s Chromium the same paper, margins and furniture as Electron’s', () => {
    const o = playwrightPdfOptions(LETTER_LAYOUT);
    // Letter is 8.5 x 11 in; the margins are the inches above, as CSS lengths
    expect([o.width, o.height]).toEqual(['8.5in', '11in']);
    expect(o.margin).toEqual({
      top: `${25.4 / 25.4}in`,
      bottom: `${12.7 / 25.4}in`,
      left: `${19.05 / 25.4}in`,
      right: `${19.05 / 25.4}in`,
    });
    expect(o).toMatchObject({
      landscape: false,
      printBackground: true,
      displayHeaderFooter: true,
      preferCSSPageSize: false,
      tagged: true,
      outline: true,
      headerTemplate: '<div>h</div>',
      footerTemplate: '<div>f</div>',
    });
  });
});

describe('printReportPdf: a print view that never answers', () => {
  it('gives up with an error instead of waiting forever, and closes the window', async () => {
    const closed = { count: 0 };
    const hanging: PrintWindow = {
      load: () => Promise.resolve(),
      evaluate: () => new Promise(() => undefined),
      printToPdf: () => Promise.reject(new Error('not reached')),
      close: () => {
        closed.count++;
      },
    };
    // a real model of one outage: only the print view's answer is missing
    const model = report([{ start: '2024-06-10T10:00:00Z', end: '2024-06-10T11:00:00Z' }]);
    const run = printReportPdf(
      {
        createPrintWindow: () => hanging,
        printViewUrl: 'app://sla/print.html',
        writeFile: writeFileAtomic,
        timeoutMs: 20,
      },
      model,
      join(tmpdir(), 'never.pdf'),
    );
    await expect(run).rejects.toThrow('did not finish');
    expect(closed.count).toBe(1);
  });
});
