import { describe, expect, it, vi } from 'vitest';
import { EventChannel, InvokeChannel } from '../../electron/shared/ipc-contract';
import type { Handlers } from '../../electron/main/ipc-dispatch';
import { registerIpcHandlers, type IpcInvokeEventLike } from '../../electron/main/ipc-registration';
import { isTrustedSender } from '../../electron/main/security/ipc-sender';
import { APP_ORIGIN } from '../../electron/main/security/app-origin';
import { createApi, type IpcRendererLike } from '../../electron/preload/api';

type Listener = (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, listener: Listener) => void handlers.set(channel, listener),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

function eventFrom(id: number, url: string, sent: unknown[][] = []): IpcInvokeEventLike {
  return { sender: { id, send: (...args: unknown[]) => void sent.push(args) }, senderFrame: { url, parent: null } };
}

describe('ipcMain registration', () => {
  const recent = vi.fn(async () => []);
  const handlers = new Proxy({} as Handlers, {
    get: (_t, channel) => (channel === InvokeChannel.recentList ? recent : async () => null),
  });
  const ipcMain = fakeIpcMain();
  const known = new Set([1]);
  const unregister = registerIpcHandlers(
    ipcMain,
    handlers,
    (event) => isTrustedSender(event, known, [APP_ORIGIN]),
    () => 1,
  );

  it('registers every channel of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(InvokeChannel).sort());
  });

  it('runs the handler for a known window on an app page', async () => {
    expect(
      await ipcMain.handlers.get(InvokeChannel.recentList)!(eventFrom(1, 'app://sla/index.html'), undefined),
    ).toEqual({
      ok: true,
      value: [],
    });
    expect(recent).toHaveBeenCalledTimes(1);
  });

  it('refuses other senders before the handler runs', async () => {
    recent.mockClear();
    for (const event of [eventFrom(2, 'app://sla/index.html'), eventFrom(1, 'https://evil.example/')]) {
      expect(await ipcMain.handlers.get(InvokeChannel.recentList)!(event, undefined)).toMatchObject({
        ok: false,
        error: { code: 'denied' },
      });
    }
    expect(recent).not.toHaveBeenCalled();
  });

  it('unregisters', () => {
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('preload API', () => {
  function fakeIpcRenderer() {
    const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
    const invoke = vi.fn(async (_channel: string, _payload?: unknown) => ({ ok: true, value: null }) as unknown);
    const ipc: IpcRendererLike = {
      invoke,
      on: (channel, l) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(l)),
      removeListener: (channel, l) => listeners.get(channel)?.delete(l),
    };
    const emit = (channel: string, data: unknown) =>
      listeners.get(channel)?.forEach((l) => l({ sender: 'hidden' }, data));
    return { ipc, invoke, emit };
  }

  it('turns a dropped File into its path in the preload, and refuses a File with no path', async () => {
    const { ipc, invoke } = fakeIpcRenderer();
    const paths = new Map<object, string>();
    const api = createApi(ipc, (f) => paths.get(f) ?? '', '45.0.0');
    const real = { name: 'log.csv' } as File;
    paths.set(real, '/home/u/log.csv');
    await api.openDroppedFile(real);
    expect(invoke).toHaveBeenCalledWith(InvokeChannel.openDropped, { path: '/home/u/log.csv' });

    invoke.mockClear();
    const made = await api.openDroppedFile({ name: 'made-in-page.csv' } as File);
    expect(made).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('sends payloads shaped for the contract', async () => {
    const { ipc, invoke } = fakeIpcRenderer();
    const api = createApi(ipc, () => '', '45.0.0');
    await api.reimport('id1', { targets: { default: 0.99 } });
    await api.report('id1', { reportTimeZone: 'Asia/Jakarta' });
    await api.exportReport('id1', 'pdf', {});
    await api.getSettings(null);
    expect(invoke.mock.calls).toEqual([
      [InvokeChannel.reimport, { logId: 'id1', settings: { targets: { default: 0.99 } } }],
      [InvokeChannel.report, { logId: 'id1', settings: { reportTimeZone: 'Asia/Jakarta' } }],
      [InvokeChannel.exportReport, { logId: 'id1', format: 'pdf', settings: {} }],
      [InvokeChannel.settingsGet, { logId: null }],
    ]);
  });

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const api = createApi(ipc, () => '', '45.0.0');
    const got: unknown[][] = [];
    const off = api.onMenuCommand((...args) => got.push(args));
    emit(EventChannel.menuCommand, { command: 'open' });
    off();
    emit(EventChannel.menuCommand, { command: 'open-sample' });
    expect(got).toEqual([[{ command: 'open' }]]);
  });
});

describe('preload entry', () => {
  it('exposes exactly one object, window.sla, through the context bridge', async () => {
    const exposed: [string, unknown][] = [];
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.push([name, api]) },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
      webUtils: { getPathForFile: () => '' },
    }));
    await import('../../electron/preload/index');
    expect(exposed.map(([name]) => name)).toEqual(['sla']);
    expect(typeof (exposed[0]![1] as { openDialog: unknown }).openDialog).toBe('function');
    vi.doUnmock('electron');
  });
});
