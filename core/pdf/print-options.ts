import type { Page } from 'playwright-core';
import { MM_PER_INCH, PAPER_INCHES, type PrintLayout } from './print-contract';

/**
 * How a layout the print view returned is printed, for both drivers: Electron's printToPDF takes this object as it
 * is (its PrintToPDFOptions, sizes in inches), the CLI's headless Chromium gets the same choices through
 * playwrightPdfOptions. One mapping, so the app's PDF and the CLI's are the same document.
 */
export interface PdfPrintOptions {
  /** inches */
  pageSize: { width: number; height: number };
  landscape: false;
  /** inches */
  margins: { top: number; bottom: number; left: number; right: number };
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  /** the paper the user chose wins over any @page size */
  preferCSSPageSize: false;
  generateTaggedPDF: true;
  generateDocumentOutline: true;
}

const inches = (mm: number) => mm / MM_PER_INCH;

export function pdfPrintOptions(layout: PrintLayout): PdfPrintOptions {
  const m = layout.marginsMm;
  return {
    pageSize: PAPER_INCHES[layout.paper],
    landscape: false,
    margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right) },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: layout.headerTemplate,
    footerTemplate: layout.footerTemplate,
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

type PlaywrightPdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/** The same options in Playwright's words (page.pdf: sizes as CSS lengths, `tagged`, `outline`). */
export function playwrightPdfOptions(layout: PrintLayout): PlaywrightPdfOptions {
  const o = pdfPrintOptions(layout);
  const length = (v: number) => `${v}in`;
  return {
    width: length(o.pageSize.width),
    height: length(o.pageSize.height),
    landscape: o.landscape,
    margin: {
      top: length(o.margins.top),
      bottom: length(o.margins.bottom),
      left: length(o.margins.left),
      right: length(o.margins.right),
    },
    printBackground: o.printBackground,
    displayHeaderFooter: o.displayHeaderFooter,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    preferCSSPageSize: o.preferCSSPageSize,
    tagged: o.generateTaggedPDF,
    outline: o.generateDocumentOutline,
  };
}
