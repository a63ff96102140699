import type { Notice, StartupInfo } from '../shared/ipc-contract';
import type { Dialogs } from './dialogs';
import { createHandlers, type HandlerDeps, type SamplePaths } from './handlers';
import { createEngineHost, type EngineHost } from './engine/engine-host';
import type { Handlers } from './ipc-dispatch';
import { KnownPaths } from './known-paths';
import { LogRegistry } from './log-registry';
import { PendingOpens } from './pending-opens';
import { openRecentFiles, type RecentFiles } from './recent-files';
import { openSettingsStore, type SettingsStore } from './settings-store';

export interface MainServicesOptions {
  /** app.getPath('userData'), or a temp folder in tests */
  userDataDir: string;
  /** the built log-engine.js (electron/main/engine/log-engine-worker.ts) */
  workerPath: string;
  sample: SamplePaths;
  dialogs: Dialogs;
  appInfo: Omit<StartupInfo, 'firstRun' | 'pendingFile' | 'notices'>;
  openExternal: HandlerDeps['openExternal'];
  exportPdf: HandlerDeps['exportPdf'];
  openPath: HandlerDeps['openPath'];
  /** mirrors recent files into the OS list (app.addRecentDocument / clearRecentDocuments) */
  onRecentAdded?: (path: string) => void;
  onRecentCleared?: () => void;
}

export interface MainServices {
  handlers: Handlers;
  settings: SettingsStore;
  recent: RecentFiles;
  pending: PendingOpens;
  engines: EngineHost;
  /** the window closed: the log it showed ends with its engine, and a running import stops */
  closeWindow(windowId: number): void;
  /** what the user must be told at start; handed to the first window by the startup handler */
  notices: Notice[];
  dispose(): Promise<void>;
}

/**
 * Everything behind the IPC handlers, wired from plain options. index.ts builds it with Electron's dialog and
 * shell; the e2e harness builds it with scripted dialogs and binds `handlers` into a page.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const { store: settings, notices } = await openSettingsStore(options.userDataDir);
  const recent = await openRecentFiles(options.userDataDir, {
    onAdd: options.onRecentAdded,
    onClear: options.onRecentCleared,
  });
  const engines = createEngineHost(options.workerPath);
  const pending = new PendingOpens();
  const logs = new LogRegistry();
  const handlers = createHandlers({
    settings,
    recent,
    logs,
    engines,
    knownPaths: new KnownPaths(),
    pending,
    dialogs: options.dialogs,
    sample: options.sample,
    startupNotices: notices,
    appInfo: options.appInfo,
    openExternal: options.openExternal,
    exportPdf: options.exportPdf,
    openPath: options.openPath,
  });
  const closeWindow = (windowId: number): void => {
    engines.cancel(windowId);
    for (const logId of logs.closeWindow(windowId)) engines.close(logId);
  };
  return { handlers, settings, recent, pending, engines, closeWindow, notices, dispose: () => engines.dispose() };
}
