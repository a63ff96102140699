import { formatDateTime } from '@core/format';
import type { ReportModel } from '@core/model/report-model';
import { PAPER_INCHES, MM_PER_INCH, type PageMarginsMm, type Paper, type PrintLayout } from '@core/pdf/print-contract';
import { REPORT_STRINGS } from './strings';
import { FONT_FAMILY } from './palette';

/** Margins leave room for the running header and footer Chromium draws inside them. */
export const PAGE_MARGINS_MM: PageMarginsMm = { top: 20, bottom: 17, left: 18, right: 18 };

export function contentWidthMm(paper: Paper): number {
  return PAPER_INCHES[paper].width * MM_PER_INCH - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;
}

/** Header and footer templates are HTML: everything from the log (file names, services) is escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Chromium renders the templates in their own tiny document: no page CSS reaches them, the default font size is
 * zero, and the side padding must repeat the page margins for the text to line up with the body.
 */
function band(left: string, right: string, edge: 'top' | 'bottom'): string {
  const rule = edge === 'top' ? 'border-bottom' : 'border-top';
  const pad = edge === 'top' ? 'padding-bottom:1.6mm' : 'padding-top:1.6mm';
  return (
    `<div style="box-sizing:border-box;width:100%;margin:0 ${PAGE_MARGINS_MM.left}mm;` +
    `font-family:${escapeHtml(FONT_FAMILY)};font-size:7pt;color:#6a7482;` +
    `display:flex;justify-content:space-between;gap:6mm;${rule}:0.5pt solid #d5dae1;${pad};` +
    `-webkit-print-color-adjust:exact">` +
    `<span style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${left}</span>` +
    `<span style="white-space:nowrap">${right}</span></div>`
  );
}

export function printLayout(model: ReportModel, rangeLabel: string): PrintLayout {
  const locale = model.settings.report.language;
  const s = REPORT_STRINGS[locale];
  const paper = model.settings.report.paper;
  const title = `${s.documentTitle} · ${rangeLabel}`;
  const generated = formatDateTime(model.generatedAt, model.settings.reportTimeZone, locale);
  return {
    paper,
    marginsMm: PAGE_MARGINS_MM,
    title,
    headerTemplate: band(escapeHtml(title), escapeHtml(model.source.file), 'top'),
    footerTemplate: band(
      escapeHtml(`${s.generatedAt} ${generated}`),
      `${s.pageOf.page} <span class="pageNumber"></span> ${s.pageOf.of} <span class="totalPages"></span>`,
      'bottom',
    ),
  };
}
