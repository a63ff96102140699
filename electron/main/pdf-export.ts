/**
 * Export PDF from the desktop app: a hidden, sandboxed window loads the print view (renderer/print.html), draws
 * the ReportModel, says when its charts are drawn, and Chromium prints it. The same view and the same print
 * options as the CLI's `--pdf` (core/pdf/render-pdf.ts), so both PDFs are the same document.
 *
 * `printReportPdf` is plain code over a small PrintWindow interface (tested with a real Chromium standing in for
 * the window); `exportPdf` binds it to Electron and is what the IPC handler calls after its save dialog.
 */
import { app, BrowserWindow, type PrintToPDFOptions } from 'electron';
import type { ReportModel } from '@core/model/report-model';
import { PRINT_VIEW_GLOBAL, PRINT_VIEW_PAGE, type PrintLayout, type PrintStage } from '@core/pdf/print-contract';
import { pdfPrintOptions } from '@core/pdf/print-options';
import { toPrintModel } from '@core/pdf/print-model';
import { writeFileAtomic } from '@core/io/write-file-atomic';
import { APP_ORIGIN } from './security/app-origin';
import { secureWebPreferences } from './window-options';
import { untilAborted } from './until-aborted';

/** The few things the export does with a window. */
export interface PrintWindow {
  /** resolves once the page has loaded; rejects when it cannot */
  load(url: string): Promise<void>;
  /** runs a script in the page and resolves with its (awaited) value */
  evaluate(script: string): Promise<unknown>;
  printToPdf(options: PrintToPDFOptions): Promise<Uint8Array>;
  close(): void;
}

export interface PdfExportDeps {
  createPrintWindow(): PrintWindow;
  /** the print view's URL: app://sla/print.html, or the dev server's print.html while developing */
  printViewUrl: string;
  /** writes the whole file or nothing (a temporary name, then a rename) */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /**
   * A print view that never answers is a bug; this bounds the wait so the user gets an error instead of a
   * spinner forever. It is not how readiness is detected: the page says when it is drawn.
   */
  timeoutMs?: number;
}

/** A PDF export failed; the message is written for the person who clicked Export. */
export class PdfExportError extends Error {
  override readonly name = 'PdfExportError';
}

/** The user cancelled the export before its file was written: nothing was written. */
export class PdfExportCancelled extends Error {
  override readonly name = 'PdfExportCancelled';
}

/** What one export brings besides the model: the cover's logo, and the user's say in how it goes. */
export interface PdfExportRun {
  /** the cover logo as a data: URL (core/pdf/cover-logo.ts) */
  logo?: string;
  /** aborting closes the print window (which stops printToPDF) and writes nothing */
  signal?: AbortSignal;
  /** told as each stage begins, in order: layout, print, write */
  onStage?: (stage: PrintStage) => void;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** The script that hands the model to the print view; JSON is a JavaScript expression, so nothing is evaluated. */
export function renderScript(model: ReportModel, logo?: string): string {
  return `window.${PRINT_VIEW_GLOBAL}.render(${JSON.stringify(toPrintModel(model, logo))})`;
}

function isPrintLayout(v: unknown): v is PrintLayout {
  const l = v as Partial<PrintLayout> | null;
  return (
    !!l &&
    (l.paper === 'A4' || l.paper === 'Letter') &&
    typeof l.headerTemplate === 'string' &&
    typeof l.footerTemplate === 'string' &&
    typeof l.marginsMm?.top === 'number'
  );
}

function reason(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the print view did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

const cancelled = () => new PdfExportCancelled('The PDF export was cancelled.');

/**
 * Prints the report to `outPath` (written atomically). Rejects with a PdfExportError saying what went wrong, or
 * PdfExportCancelled when `run.signal` aborted before the write began (then nothing is written).
 */
export async function printReportPdf(
  deps: PdfExportDeps,
  model: ReportModel,
  outPath: string,
  run: PdfExportRun = {},
): Promise<void> {
  if (run.signal?.aborted) throw cancelled();
  let win: PrintWindow;
  try {
    win = deps.createPrintWindow();
  } catch (e) {
    throw new PdfExportError(`Could not open the print window: ${reason(e)}`);
  }
  let pdf: Uint8Array;
  try {
    pdf = await untilAborted(
      withTimeout(
        (async () => {
          run.onStage?.('layout');
          await win.load(deps.printViewUrl);
          const layout = await win.evaluate(renderScript(model, run.logo));
          if (!isPrintLayout(layout)) throw new Error('the print view returned no page layout');
          if (run.signal?.aborted) throw cancelled();
          run.onStage?.('print');
          return win.printToPdf(pdfPrintOptions(layout));
        })(),
        deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ),
      run.signal,
      cancelled,
    );
  } catch (e) {
    if (run.signal?.aborted) throw cancelled();
    throw new PdfExportError(`Could not lay out the report for printing: ${reason(e)}`);
  } finally {
    // on a cancel this is what stops the work: a destroyed window ends its load, script and printToPDF
    win.close();
  }
  // the last moment a cancel is heard: once the write begins, it finishes (a temporary name, then a rename)
  if (run.signal?.aborted) throw cancelled();
  run.onStage?.('write');
  try {
    await deps.writeFile(outPath, pdf);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PdfExportError(`Could not save the PDF to ${outPath}: ${code ? `${code}, ` : ''}${reason(e)}`);
  }
}

/** A hidden, sandboxed window with no preload: the print view needs no bridge, it is handed the model. */
export function electronPrintWindow(): PrintWindow {
  const { preload: _noPreload, ...webPreferences } = secureWebPreferences('');
  const win = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: { ...webPreferences, backgroundThrottling: false },
  });
  return {
    load: (url) => win.loadURL(url),
    evaluate: (script) => win.webContents.executeJavaScript(script) as Promise<unknown>,
    printToPdf: (options) => win.webContents.printToPDF(options),
    close: () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

/** The print view's address: the same origin as the app's window (see security/app-origin.ts). */
export function printViewUrl(devServerUrl: string | undefined): string {
  return devServerUrl
    ? new URL(PRINT_VIEW_PAGE, devServerUrl.endsWith('/') ? devServerUrl : devServerUrl + '/').href
    : `${APP_ORIGIN}/${PRINT_VIEW_PAGE}`;
}

/** Export PDF as the IPC handler calls it (after its save dialog): Electron's pieces bound to printReportPdf. */
export function exportPdf(model: ReportModel, outPath: string, run?: PdfExportRun): Promise<void> {
  const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  return printReportPdf(
    { createPrintWindow: electronPrintWindow, printViewUrl: printViewUrl(devServerUrl), writeFile: writeFileAtomic },
    model,
    outPath,
    run,
  );
}
