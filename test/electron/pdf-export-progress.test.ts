/**
 * Export PDF's progress and cancel (issue 16), through the real handlers and the real printReportPdf: only the
 * Electron print window is a stand-in, one that holds its print until told (or until it is closed, as a destroyed
 * BrowserWindow ends its printToPDF).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '@core/io/write-file-atomic';
import type { PrintLayout } from '@core/pdf/print-contract';
import { EventChannel, eventSchemas, InvokeChannel } from '../../electron/shared/ipc-contract';
import type { HandlerContext } from '../../electron/main/ipc-dispatch';
import { createMainServices, type MainServices, type MainServicesOptions } from '../../electron/main/main-services';
import { buildEngineWorker } from './worker-build';
import { ipcCalls } from './ipc-calls';
import { CLOSED_DIALOGS, PLAIN_APP_INFO } from './quiet-main';

// the glue half of pdf-export.ts imports Electron; the half under test never touches it
vi.mock('electron', () => ({ app: { isPackaged: false }, BrowserWindow: class {} }));
const { printReportPdf } = await import('../../electron/main/pdf-export');
type PrintWindow = import('../../electron/main/pdf-export').PrintWindow;

const SAMPLE = {
  log: resolve(__dirname, '../../samples/messaging-platform-2021-2022.csv'),
  settings: resolve(__dirname, '../../samples/messaging-platform.settings.json'),
};
const LOGOS = resolve(__dirname, '../fixtures/logo');
const LAYOUT: PrintLayout = {
  paper: 'A4',
  marginsMm: { top: 20, bottom: 15, left: 15, right: 15 },
  title: 't',
  headerTemplate: '<div></div>',
  footerTemplate: '<div></div>',
};
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%stand-in\n');

let workerPath: string;
let dir: string;
let services: MainServices;
let events: { channel: string; data: unknown }[];
let save: (string | null)[];
let logos: (string | null)[];
/** the scripts the print view was given, and how many windows were closed */
let scripts: string[];
let closed: number;
/** set: the next print waits for release() or for its window to close */
let hold: { release: () => void } | null;
let held: Promise<void>;

/** A print window that prints at once, or holds its print until released or closed. */
function standInWindow(): PrintWindow {
  let close = (): void => undefined;
  return {
    load: async () => undefined,
    evaluate: async (script) => {
      scripts.push(script);
      return LAYOUT;
    },
    printToPdf: () =>
      new Promise((done, fail) => {
        if (!hold) return done(PDF_BYTES);
        hold.release = () => done(PDF_BYTES);
        close = () => fail(new Error('Object has been destroyed'));
        heldResolve();
      }),
    close: () => {
      closed++;
      close();
    },
  };
}
let heldResolve: () => void = () => undefined;

/** a test's look at each event as it is sent: it can answer before the sender's next step runs */
let onSend: ((channel: string, data: unknown) => void) | null = null;
const context: HandlerContext = {
  windowId: 1,
  send: (channel, data) => {
    events.push({ channel, data });
    onSend?.(channel, data);
  },
};
const { call, value } = ipcCalls(() => services.handlers, context);
const stages = () =>
  events
    .filter((e) => e.channel === EventChannel.exportProgress)
    .map((e) => eventSchemas[EventChannel.exportProgress].parse(e.data));

beforeAll(async () => {
  workerPath = await buildEngineWorker();
});
beforeEach(async () => {
  onSend = null;
  dir = await mkdtemp(join(tmpdir(), 'sla-pdf-progress-'));
  events = [];
  save = [];
  logos = [];
  scripts = [];
  closed = 0;
  hold = null;
  services = await createMainServices(servicesOptions());
});
afterEach(async () => {
  await services.dispose();
  await rm(dir, { recursive: true, force: true });
});

function servicesOptions(): MainServicesOptions {
  return {
    userDataDir: join(dir, 'user-data'),
    workerPath,
    sample: SAMPLE,
    dialogs: {
      ...CLOSED_DIALOGS,
      chooseLogoFile: async () => logos.shift() ?? null,
      chooseSaveFile: async () => save.shift() ?? null,
    },
    appInfo: PLAIN_APP_INFO,
    openExternal: async () => false,
    openPath: async () => '',
    exportPdf: (model, outPath, run) =>
      printReportPdf(
        { createPrintWindow: standInWindow, printViewUrl: 'app://sla/print.html', writeFile: writeFileAtomic },
        model,
        outPath,
        run,
      ),
  };
}

/** Starts holding prints; resolves once a print is being held. */
function holdPrints(): Promise<void> {
  hold = { release: () => undefined };
  held = new Promise((r) => (heldResolve = r));
  return held;
}

describe('Export PDF: progress and cancel', () => {
  it('tells each stage in order, and writes the file', async () => {
    const sample = await value(InvokeChannel.openSample);
    save.push(join(dir, 'q4.pdf'));
    const done = await value(InvokeChannel.exportReport, {
      logId: sample.logId,
      format: 'pdf',
      settings: sample.settings,
    });
    expect(done).toEqual({ fileName: 'q4.pdf' });
    expect(stages()).toEqual(['report', 'layout', 'print', 'write'].map((stage) => ({ fileName: 'q4.pdf', stage })));
    expect(await readFile(join(dir, 'q4.pdf'))).toEqual(Buffer.from(PDF_BYTES));
    expect(closed).toBe(1);
    // nothing is running now: a late cancel is a no-op
    expect(await value(InvokeChannel.cancelExport)).toBe(false);
  });

  it('a cancel while printing closes the print window, writes nothing, and the next export works', async () => {
    const sample = await value(InvokeChannel.openSample);
    save.push(join(dir, 'cancelled.pdf'), join(dir, 'next.pdf'));
    const printing = holdPrints();
    const run = call(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings: sample.settings });
    await printing;
    expect(await value(InvokeChannel.cancelExport)).toBe(true);
    expect(await run).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Export of cancelled.pdf cancelled; nothing was written.' },
    });
    expect(closed).toBe(1);
    // no PDF and no temporary file beside it
    expect((await readdir(dir)).sort()).toEqual(['user-data']);
    expect(stages().map((s) => s.stage)).toEqual(['report', 'layout', 'print']);

    hold = null;
    events = [];
    expect(
      await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings: sample.settings }),
    ).toEqual({ fileName: 'next.pdf' });
    expect(stages().map((s) => s.stage)).toEqual(['report', 'layout', 'print', 'write']);
    expect((await readdir(dir)).sort()).toEqual(['next.pdf', 'user-data']);
  });

  it('a cancel while the engine reads the log again ends that read; the next export reads it and works', async () => {
    const sample = await value(InvokeChannel.openSample);
    save.push(join(dir, 'cancelled.pdf'), join(dir, 'next.pdf'));
    // other import settings: the engine reads the log again for this report
    const settings = { ...sample.settings, import: { ...sample.settings.import, inputTimeZone: 'Asia/Jakarta' } };
    // the cancel is sent the moment the report stage is told, before the engine (a thread) can answer: polling
    // for the stage lost the race on a busy host, where the sample's read and the whole export fit in one poll
    let cancelled: Promise<unknown> | null = null;
    onSend = (channel, data) => {
      const stage = channel === EventChannel.exportProgress ? (data as { stage: string }).stage : null;
      if (stage === 'report' && !cancelled) cancelled = value(InvokeChannel.cancelExport);
    };
    const run = call(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings });
    expect(await run).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    onSend = null;
    expect(await cancelled).toBe(true);
    expect(stages().map((s) => s.stage)).toEqual(['report']);
    // no print window was opened for it, and nothing was written
    expect(closed).toBe(0);
    expect(await readdir(dir)).toEqual(['user-data']);
    expect(await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings })).toEqual({
      fileName: 'next.pdf',
    });
  });
});

describe('the cover logo', () => {
  it('is chosen in main, refused with the reason when hostile, and reaches the print view as a data URL', async () => {
    expect(await value(InvokeChannel.coverLogo, { action: 'get' })).toBeNull();
    logos.push(join(LOGOS, 'script.svg'), join(LOGOS, 'acme-logo.png'));
    expect(await call(InvokeChannel.coverLogo, { action: 'choose' })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'script.svg: not used as the cover logo: it holds a <script> element' },
    });
    // the refused file was not kept
    expect(await value(InvokeChannel.coverLogo, { action: 'get' })).toBeNull();
    expect(await value(InvokeChannel.coverLogo, { action: 'choose' })).toEqual({ fileName: 'acme-logo.png' });
    // the page never names the file: a path in the payload is refused
    expect(await call(InvokeChannel.coverLogo, { action: 'choose', path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });

    const sample = await value(InvokeChannel.openSample);
    save.push(join(dir, 'with-logo.pdf'));
    await value(InvokeChannel.exportReport, { logId: sample.logId, format: 'pdf', settings: sample.settings });
    const png = (await readFile(join(LOGOS, 'acme-logo.png'))).toString('base64');
    expect(scripts.at(-1)).toContain(`"logo":"data:image/png;base64,${png}"`);

    // remembered across a restart of the app; removed on request
    await services.dispose();
    services = await createMainServices(servicesOptions());
    expect(await value(InvokeChannel.coverLogo, { action: 'get' })).toEqual({ fileName: 'acme-logo.png' });
    expect(await value(InvokeChannel.coverLogo, { action: 'clear' })).toBeNull();
  });
});
