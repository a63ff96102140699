import type { PrintModel } from './print-model';

/**
 * The contract between the print view (renderer/print.html) and whoever prints it: Electron's hidden window
 * (electron/main/pdf-export.ts) or headless Chromium (core/pdf/render-pdf.ts). Both drivers load the page, call
 * `window.slaPrint.render(model)` and print with the layout it returns, so the page furniture (header, footer,
 * margins, paper) is decided in one place, by the view that also knows the language.
 */

export type Paper = 'A4' | 'Letter';

/** Page margins in millimetres; the header and footer templates are drawn inside the top and bottom margins. */
export interface PageMarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What the print view hands back once everything on the page, charts included, has been drawn. */
export interface PrintLayout {
  paper: Paper;
  marginsMm: PageMarginsMm;
  /** the document title, also written into the PDF's metadata */
  title: string;
  /** Chromium header/footer templates (spans with class pageNumber / totalPages are filled in by Chromium) */
  headerTemplate: string;
  footerTemplate: string;
}

export interface PrintViewApi {
  /** Lays the model out; resolves when the last chart has drawn. Rejects with a readable message. */
  render(model: PrintModel): Promise<PrintLayout>;
}

/** What a driver is doing, told as each begins (the app shows them with Cancel): lay out, print, write. */
export type PrintStage = 'layout' | 'print' | 'write';

/** The name of the global the print view installs. */
export const PRINT_VIEW_GLOBAL = 'slaPrint';

/** The page of the built renderer that holds the print view. */
export const PRINT_VIEW_PAGE = 'print.html';

/** Sizes in inches, for printToPDF and page.pdf. */
export const PAPER_INCHES: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210 / 25.4, height: 297 / 25.4 },
  Letter: { width: 8.5, height: 11 },
};

export const MM_PER_INCH = 25.4;

declare global {
  interface Window {
    slaPrint?: PrintViewApi;
  }
}
