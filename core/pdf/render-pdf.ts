import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import type { ReportModel } from '../model/report-model';
import { OutputTargetError, writeFileAtomic } from '../io/write-file-atomic';
import { findChrome, probeSandbox, sandboxUnavailable, type SandboxProbe } from './find-chrome';
import { PRINT_VIEW_PAGE, type PrintLayout, type PrintStage, type PrintViewApi } from './print-contract';
import { playwrightPdfOptions } from './print-options';
import { toPrintModel } from './print-model';
import { printViewDir, printViewFile } from './print-view-files';

export interface RenderPdfOptions {
  /** where the PDF goes; written to a temporary name beside it, then renamed */
  outPath: string;
  /** files the PDF must never replace (the log and settings it was made from) */
  inputs?: readonly string[];
  /** the browser executable; default: CHROME_PATH, then the usual install paths */
  chromePath?: string;
  /** told once the PDF is written when Chromium had to run without its sandbox (the CLI prints it on stderr) */
  note?: (message: string) => void;
  /** whether Chromium can be sandboxed here; default: this machine's probeSandbox() */
  sandbox?: SandboxProbe;
  /** the cover's logo as a data: URL (readCoverLogo in ./cover-logo) */
  logo?: string;
  /** aborting closes the browser, which ends the page's work; a PDF not yet being written is then not written */
  signal?: AbortSignal;
  /** told as each stage begins */
  onStage?: (stage: PrintStage) => void;
}

/**
 * Starts Chromium sandboxed where the OS allows it. When the probe says it cannot be (root, no user
 * namespaces), or a sandboxed start fails for a reason the probe did not see, it runs without and says why.
 */
async function launch(
  executablePath: string,
  probe: SandboxProbe,
): Promise<{ browser: Browser; unsandboxed: string | null }> {
  const why = sandboxUnavailable(probe);
  if (why === null) {
    try {
      return {
        browser: await chromium.launch({ executablePath, headless: true, chromiumSandbox: true }),
        unsandboxed: null,
      };
    } catch (e) {
      const retry = await chromium.launch({ executablePath, headless: true, chromiumSandbox: false }).catch(() => {
        throw e;
      });
      return { browser: retry, unsandboxed: `a sandboxed start failed (${firstLine(e)})` };
    }
  }
  return {
    browser: await chromium.launch({ executablePath, headless: true, chromiumSandbox: false }),
    unsandboxed: why,
  };
}

/**
 * The print view is served from this made-up origin by an in-process route: no port is opened, nothing leaves
 * the process (every other request is refused), and module scripts work, which file:// would block.
 */
const ORIGIN = 'http://sla-report.localhost';

/**
 * Renders the report to a PDF with headless Chrome/Chromium: the same print view (out/renderer/print.html) and
 * the same Chromium print pipeline as the desktop app's Export PDF.
 */
export async function renderPdf(model: ReportModel, opts: RenderPdfOptions): Promise<void> {
  const executablePath = opts.chromePath ?? findChrome();
  const dir = printViewDir();
  let browser: Browser;
  let unsandboxed: string | null;
  try {
    ({ browser, unsandboxed } = await launch(executablePath, opts.sandbox ?? probeSandbox()));
  } catch (e) {
    throw new Error(`Could not start the browser at ${executablePath} to make the PDF: ${firstLine(e)}`, {
      cause: e,
    });
  }
  const abort = (): void => void browser.close();
  opts.signal?.addEventListener('abort', abort, { once: true });
  try {
    if (opts.signal?.aborted) throw new Error(CANCELLED);
    opts.onStage?.('layout');
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? printViewFile(dir, url.pathname) : null;
      if (!file) return route.abort('blockedbyclient');
      await route.fulfill({ status: 200, contentType: file.contentType, body: await readFile(file.path) });
    });
    await page.goto(`${ORIGIN}/${PRINT_VIEW_PAGE}`, { waitUntil: 'load' });
    const layout: PrintLayout = await page
      .evaluate(
        (m) => {
          // runs in the page; core has no DOM library, so the print view's global is typed here
          const view = (globalThis as { slaPrint?: PrintViewApi }).slaPrint;
          if (!view) throw new Error('the print view did not load');
          return view.render(m);
        },
        toPrintModel(model, opts.logo),
      )
      .catch((e: unknown) => {
        throw new Error(`The print view failed: ${[firstLine(e), ...pageErrors].join('; ')}`, { cause: e });
      });
    if (opts.signal?.aborted) throw new Error(CANCELLED);
    opts.onStage?.('print');
    const pdf = await page.pdf(playwrightPdfOptions(layout)).catch((e: unknown) => {
      throw new Error(`Chromium could not print the report: ${firstLine(e)}`, { cause: e });
    });
    // the last moment a cancel is heard: a write once begun finishes (a temporary name, then a rename)
    if (opts.signal?.aborted) throw new Error(CANCELLED);
    opts.onStage?.('write');
    await writeFileAtomic(opts.outPath, pdf, undefined, opts.inputs).catch((e: unknown) => {
      if (e instanceof OutputTargetError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      // the raw error names the temporary file; the user knows only the path they gave
      throw new Error(`Could not write the PDF to ${opts.outPath}${code ? ` (${code})` : ''}`, { cause: e });
    });
    if (unsandboxed !== null) opts.note?.(unsandboxedNote(unsandboxed));
  } finally {
    opts.signal?.removeEventListener('abort', abort);
    await browser.close();
  }
}

const CANCELLED = 'The PDF export was cancelled.';

/** The note for a PDF made without Chromium's sandbox, `why` being sandboxUnavailable()'s reason or a failed start. */
export function unsandboxedNote(why: string): string {
  return `note: Chromium made the PDF with its sandbox off: ${why}`;
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.replace(/^page\.evaluate: (Error: )?/, '');
}
