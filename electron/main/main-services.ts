import type { Notice, StartupInfo } from '../shared/ipc-contract';
import type { Dialogs } from './dialogs';
import { createHandlers, type HandlerDeps, type SamplePaths } from './handlers';
import { createImportHost, type ImportHost } from './import-host';
import type { Handlers } from './ipc-dispatch';
import { LogRegistry } from './log-registry';
import { PendingOpens } from './pending-opens';
import { openRecentFiles, type RecentFiles } from './recent-files';
import { openSettingsStore, type SettingsStore } from './settings-store';

export interface MainServicesOptions {
  /** app.getPath('userData'), or a temp folder in tests */
  userDataDir: string;
  /** the built import-worker.js */
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
  imports: ImportHost;
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
  const imports = createImportHost(options.workerPath);
  const pending = new PendingOpens();
  const handlers = createHandlers({
    settings,
    recent,
    logs: new LogRegistry(),
    imports,
    pending,
    dialogs: options.dialogs,
    sample: options.sample,
    startupNotices: notices,
    appInfo: options.appInfo,
    openExternal: options.openExternal,
    exportPdf: options.exportPdf,
    openPath: options.openPath,
  });
  return { handlers, settings, recent, pending, imports, notices, dispose: () => imports.dispose() };
}
