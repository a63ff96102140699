/**
 * Runs in the page (bundled by bridge-script.ts and injected before the app's scripts): builds `window.sla`
 * with the preload's own createApi, over an ipcRenderer stand-in whose invoke goes to the real main-process
 * handlers bound with page.exposeFunction, and whose events come from the handlers' context.send.
 * Values cross as JSON, so they travel through the same codec the shell uses for that (typed arrays, NaN).
 */
import { createApi, type IpcRendererLike } from '../../../electron/preload/api';
import { decodeFromJson, encodeForJson } from '../../../electron/shared/import-result-codec';

type Listener = (event: unknown, ...args: unknown[]) => void;

interface HarnessWindow {
  __slaInvoke(channel: string, payload: unknown): Promise<unknown>;
  __slaEmit?: (channel: string, data: unknown) => void;
  /** file name -> path: stands in for webUtils.getPathForFile, which only Electron has */
  __slaDropPaths?: Record<string, string>;
  sla?: unknown;
}

const w = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

const ipc: IpcRendererLike = {
  invoke: async (channel, payload) => decodeFromJson(await w.__slaInvoke(channel, encodeForJson(payload))),
  on: (channel, listener) => {
    let set = listeners.get(channel);
    if (!set) listeners.set(channel, (set = new Set()));
    set.add(listener);
  },
  removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
};

w.__slaEmit = (channel, data) => {
  const value = decodeFromJson(data);
  for (const l of listeners.get(channel) ?? []) l({}, value);
};

w.sla = createApi(ipc, (file) => w.__slaDropPaths?.[file.name] ?? '', 'e2e');
