/**
 * The Electron glue (electron/main/index.ts) started against a mocked `electron` module: checks that the app
 * wires the tested rules in (privileged app:// scheme, sandbox, permissions, CSP header, IPC sender gate,
 * secure window preferences) rather than re-testing the rules themselves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InvokeChannel } from '../../electron/shared/ipc-contract';

type Listener = (...args: unknown[]) => unknown;

const hoisted = vi.hoisted(() => ({
  userData: '',
  appListeners: new Map<string, Listener>(),
  windows: [] as { options: Record<string, unknown>; loaded: string[]; contents: Record<string, unknown> }[],
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  privileged: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  headerHooks: [] as ((details: unknown, callback: (r: unknown) => void) => void)[],
  permissionRequest: null as null | ((c: unknown, p: string, cb: (granted: boolean) => void) => void),
  sandboxEnabled: false,
}));

vi.mock('electron', () => {
  const h = hoisted;
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static fromWebContents = (c: { id: number }) => BrowserWindow.all.find((w) => w.webContents.id === c.id) ?? null;
    static fromId = () => null;
    static getAllWindows = () => BrowserWindow.all;
    static getFocusedWindow = () => null;
    id = BrowserWindow.all.length + 1;
    webContents: Record<string, unknown> & { id: number };
    constructor(options: Record<string, unknown>) {
      const mainFrame = { url: 'app://sla/index.html', parent: null };
      this.webContents = { id: 100 + this.id, mainFrame, send: vi.fn(), on: vi.fn(), setWindowOpenHandler: vi.fn() };
      h.windows.push({ options, loaded: [], contents: this.webContents });
      BrowserWindow.all.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
    isMaximized = () => false;
    isMinimized = () => false;
    focus = vi.fn();
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 });
    loadURL = async (url: string) => void h.windows.at(-1)!.loaded.push(url);
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: () => void (h.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (event: string, l: Listener) => void h.appListeners.set(event, l),
      whenReady: () => Promise.resolve(),
      getPath: () => h.userData,
      getAppPath: () => resolve(__dirname, '../..'),
      getLocale: () => 'id',
      getPreferredSystemLanguages: () => ['id-ID'],
      getVersion: () => '0.1.0',
      getName: () => 'SLA',
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      quit: vi.fn(),
    },
    BrowserWindow,
    dialog: {},
    ipcMain: {
      handle: (channel: string, l: (event: unknown, payload: unknown) => Promise<unknown>) =>
        void h.ipcHandlers.set(channel, l),
      removeHandler: (channel: string) => void h.ipcHandlers.delete(channel),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void h.privileged.push(...schemes),
      handle: (scheme: string, handler: (r: Request) => Promise<Response>) =>
        void h.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (f: typeof h.permissionRequest) => void (h.permissionRequest = f),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: (f: (typeof h.headerHooks)[number]) => void h.headerHooks.push(f) },
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

beforeAll(async () => {
  hoisted.userData = await mkdtemp(join(tmpdir(), 'sla-glue-'));
  delete process.env['ELECTRON_RENDERER_URL'];
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(hoisted.windows[0]?.loaded.length).toBe(1));
});
afterAll(async () => {
  await rm(hoisted.userData, { recursive: true, force: true });
});

describe('main process glue', () => {
  it('registers app:// as a standard, secure scheme and serves it with the CSP header', async () => {
    expect(hoisted.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const response = await hoisted.protocolHandlers.get('app')!(new Request('app://sla/../../package.json'));
    expect(response.status).toBe(404);
  });

  it('turns the sandbox on for every renderer and denies permissions', () => {
    expect(hoisted.sandboxEnabled).toBe(true);
    const answers: boolean[] = [];
    hoisted.permissionRequest!(null, 'media', (g) => answers.push(g));
    expect(answers).toEqual([false]);
  });

  it('adds the production CSP to every response header', () => {
    let result: { responseHeaders: Record<string, string[]> } | null = null;
    hoisted.headerHooks[0]!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (result = r as typeof result));
    expect(result!.responseHeaders['X-Other']).toEqual(['1']);
    expect(result!.responseHeaders['Content-Security-Policy']![0]).toMatch(/^default-src 'none'; script-src 'self';/);
  });

  it('opens one window with the secure preferences, on app://sla/index.html', () => {
    const { options, loaded } = hoisted.windows[0]!;
    expect(options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(loaded).toEqual(['app://sla/index.html']);
  });

  it('applies the web-contents rules to every new webContents', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    hoisted.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.on.mock.calls.map((c) => c[0]).sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('answers IPC from its window and refuses any other sender', async () => {
    expect([...hoisted.ipcHandlers.keys()].sort()).toEqual(Object.values(InvokeChannel).sort());
    const contents = hoisted.windows[0]!.contents as { id: number; mainFrame: unknown };
    const fromWindow = { sender: contents, senderFrame: contents.mainFrame };
    const startup = (await hoisted.ipcHandlers.get(InvokeChannel.startup)!(fromWindow, undefined)) as {
      ok: boolean;
      value: { locale: string };
    };
    expect(startup).toMatchObject({ ok: true, value: { locale: 'id', firstRun: true } });

    const stranger = {
      sender: { id: 999, mainFrame: { url: 'app://sla/index.html' }, send: vi.fn() },
      senderFrame: { url: 'app://sla/index.html' },
    };
    expect(await hoisted.ipcHandlers.get(InvokeChannel.startup)!(stranger, undefined)).toMatchObject({
      ok: false,
      error: { code: 'denied' },
    });
  });

  it('queues a log handed over by a second instance and tells the window', async () => {
    hoisted.appListeners.get('second-instance')!(
      {},
      ['/usr/bin/electron', '.', '--original-process-start-time=1', 'outages.csv'],
      '/home/u',
    );
    const contents = hoisted.windows[0]!.contents as { send: ReturnType<typeof vi.fn> };
    expect(contents.send).toHaveBeenCalledWith('event:open-requested', { fileName: 'outages.csv' });
  });
});
