import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import { contentWidthMm, PAGE_MARGINS_MM, printLayout } from '../../../renderer/report/page-furniture';

function model(file: string, report: ReportModel['settings']['report']): ReportModel {
  return {
    source: {
      file,
      sha256: 'a'.repeat(64),
      format: 'csv',
      shape: 'interval',
      records: 0,
      skipped: 0,
      bytes: 0,
      rows: 0,
    },
    settings: { ...DEFAULT_SETTINGS, report },
    generatedAt: Date.UTC(2026, 10, 24, 12, 0),
  } as ReportModel;
}

describe('printLayout: the running header and footer', () => {
  it('escapes the file name: a log called <img onerror> stays text in the header', () => {
    const layout = printLayout(
      model('<img src=x onerror=alert(1)>.csv', { paper: 'A4', language: 'en' }),
      'March 2024',
    );
    expect(layout.headerTemplate).not.toContain('<img');
    expect(layout.headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt;.csv');
  });

  it('numbers the pages in the report language, with the spans Chromium fills in', () => {
    const en = printLayout(model('a.csv', { paper: 'A4', language: 'en' }), 'March 2024');
    expect(en.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    const id = printLayout(model('a.csv', { paper: 'Letter', language: 'id' }), 'Maret 2024');
    expect(id.footerTemplate).toContain(
      'Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span>',
    );
    expect(id.paper).toBe('Letter');
    expect(id.title).toBe('Laporan tingkat layanan · Maret 2024');
  });

  it('sizes charts to the space between the margins of the chosen paper', () => {
    // A4 is 210 mm wide, Letter 8.5 in = 215.9 mm
    expect(contentWidthMm('A4')).toBeCloseTo(210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right, 9);
    expect(contentWidthMm('Letter')).toBeCloseTo(215.9 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right, 9);
  });
});
