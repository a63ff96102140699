import { knownContentType } from '../../../core/io/content-types';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderPdf } from '@core/pdf';
import { DEFAULT_SETTINGS } from '@core/model/settings';
import { dispatch, type HandlerContext } from '../../../electron/main/ipc-dispatch';
import { createMainServices, type MainServices } from '../../../electron/main/main-services';
import { decodeFromJson, encodeForJson } from '../../../electron/shared/import-result-codec';
import type { InvokeChannel } from '../../../electron/shared/ipc-contract';
import { buildEngineWorker } from '../../electron/worker-build';
import { bridgeScript } from './bridge-script';
import { CHROMIUM_ARGS } from './chromium';
import { ensureRendererBuilt } from './renderer-build';

export const ROOT = resolve(__dirname, '../../..');
export const SAMPLE_LOG = join(ROOT, 'samples/messaging-platform-2021-2022.csv');
export const SAMPLE_SETTINGS = join(ROOT, 'samples/messaging-platform.settings.json');
export const SCREENSHOTS = join(ROOT, 'test/e2e/__screenshots__');

/** The app is served from this made-up origin by page.route: no port, and every other request is refused. */
const ORIGIN = 'http://sla-app.localhost';

export interface AppOptions {
  /** true: no settings saved yet, so the app opens the sample by itself */
  firstRun?: boolean;
  colorScheme?: 'light' | 'dark';
  /** the browser's languages (the app follows them unless the user picked one) */
  locale?: string;
  /** files already in the recent list */
  recent?: string[];
}

export interface AppHarness {
  page: Page;
  services: MainServices;
  /**
   * what the scripted dialogs answer next; empty: the user closed the dialog (for `drop`, whether the user
   * confirms opening a dropped file main has not seen; empty: yes)
   */
  dialogs: { log: string[]; settings: string[]; save: string[]; drop: boolean[] };
  /** files the app asked the OS to open (shell.openPath) */
  opened: string[];
  /** every channel the page invoked, in order (e.g. to see that a target change asked no report) */
  invoked: string[];
  /** requests the page made to anything but the app's own files */
  foreignRequests: string[];
  /** uncaught page errors and console errors (CSP violations show up here) */
  pageErrors: string[];
  /** drops a real file on the window, as a user dragging it from the file manager */
  dropFile(path: string): Promise<void>;
  close(): Promise<void>;
}

let workerPath: Promise<string> | null = null;

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The built renderer in a fresh page, with `window.sla` wired to the real main-process handlers (settings
 * store and recent list in a temp user-data folder, each open log's real engine in a worker thread, scripted
 * file dialogs). A click in the page runs the same handler code as in the app, minus Electron's IPC transport.
 */
export async function openApp(browser: Browser, options: AppOptions = {}): Promise<AppHarness> {
  const rendererDir = ensureRendererBuilt();
  workerPath ??= buildEngineWorker();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sla-e2e-'));
  const dialogs = { log: [] as string[], settings: [] as string[], save: [] as string[], drop: [] as boolean[] };
  const opened: string[] = [];
  const invoked: string[] = [];
  const make = async () =>
    createMainServices({
      userDataDir,
      workerPath: await workerPath!,
      sample: { log: SAMPLE_LOG, settings: SAMPLE_SETTINGS },
      dialogs: {
        chooseLogFile: async () => dialogs.log.shift() ?? null,
        chooseSettingsFile: async () => dialogs.settings.shift() ?? null,
        chooseSloFile: async () => dialogs.settings.shift() ?? null,
        chooseReportFile: async () => dialogs.settings.shift() ?? null,
        chooseLogoFile: async () => dialogs.settings.shift() ?? null,
        chooseSaveFile: async () => dialogs.save.shift() ?? null,
        confirmDroppedFile: async () => dialogs.drop.shift() ?? true,
      },
      appInfo: {
        locale: options.locale ?? 'en-US',
        preferredLanguages: [options.locale ?? 'en-US'],
        platform: process.platform,
        versions: { app: 'e2e', electron: 'none', chrome: browser.version() },
      },
      openExternal: async () => false,
      exportPdf: (model, outPath, run) => renderPdf(model, { outPath, ...run }),
      openPath: async (path) => {
        opened.push(path);
        return '';
      },
    });
  let services = await make();
  if (!options.firstRun) {
    // a user who has used the app before: defaults saved, so it starts on the welcome view
    await services.settings.saveDefaults(DEFAULT_SETTINGS);
    for (const path of options.recent ?? []) await services.recent.add(path);
    await services.dispose();
    services = await make();
  }

  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });

  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? join(rendererDir, decodeURIComponent(url.pathname)) : null;
    if (!file || !file.startsWith(rendererDir + sep)) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    try {
      await route.fulfill({
        status: 200,
        contentType: knownContentType(file) ?? 'application/octet-stream',
        body: await readFile(file),
      });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });

  const handlerContext: HandlerContext = {
    windowId: 0,
    send: (channel, data) =>
      void page
        .evaluate(
          ([c, d]) => (window as unknown as { __slaEmit?: (c: string, d: unknown) => void }).__slaEmit?.(c, d),
          [channel, encodeForJson(data)] as const,
        )
        .catch(() => undefined),
  };
  await page.exposeFunction('__slaInvoke', async (channel: string, payload: unknown) => {
    invoked.push(channel);
    return encodeForJson(
      await dispatch(services.handlers, channel as InvokeChannel, handlerContext, decodeFromJson(payload)),
    );
  });
  await page.addInitScript({ content: await bridgeScript() });
  await page.goto(`${ORIGIN}/index.html`);

  return {
    page,
    services,
    dialogs,
    opened,
    invoked,
    foreignRequests,
    pageErrors,
    dropFile: async (path) => {
      await page.evaluate(
        ({ name, path }) => {
          const w = window as unknown as { __slaDropPaths?: Record<string, string> };
          w.__slaDropPaths = { ...w.__slaDropPaths, [name]: path };
          const dt = new DataTransfer();
          dt.items.add(new File(['(the main process reads the file itself)'], name));
          for (const type of ['dragenter', 'dragover', 'drop'])
            document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
        },
        { name: basename(path), path },
      );
    },
    close: async () => {
      await context.close();
      await services.dispose();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `body` against a fresh app and always closes it (page, main-process services, temp user data). */
export async function withApp(
  browser: Browser,
  options: AppOptions,
  body: (app: AppHarness) => Promise<void>,
): Promise<void> {
  const app = await openApp(browser, options);
  try {
    await body(app);
  } finally {
    await app.close();
  }
}
