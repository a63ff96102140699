/**
 * The Electron glue: lifecycle, the window, protocol, session rules and IPC registration. Everything with
 * logic in it lives in plain modules (handlers, security/*, settings-store...) that are tested without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EventChannel, type MenuCommand } from '../shared/ipc-contract';
import { electronDialogs } from './electron-dialogs';
import { registerIpcHandlers } from './ipc-registration';
import { createMainServices, type MainServices } from './main-services';
import { menuTemplate } from './menu-template';
import { logPathFromArgv } from './pending-opens';
import { exportPdf } from './pdf-export';
import { APP_ENTRY_URL, APP_SCHEME, appOrigins, originOf } from './security/app-origin';
import { createAppProtocolHandler } from './security/app-protocol';
import { contentSecurityPolicy } from './security/content-security-policy';
import { openExternalUrl } from './security/external-links';
import { isTrustedSender } from './security/ipc-sender';
import { denyAllPermissions } from './security/permissions';
import { applyWebContentsRules } from './security/web-contents-rules';
import { secureWebPreferences } from './window-options';
import { loadWindowState, restorableBounds, saveWindowState } from './window-state';

// the dev server is honoured only in an unpackaged app: a packaged app never loads anything but app://
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const origins = appOrigins(devServerUrl);
const csp = contentSecurityPolicy(devServerUrl ? originOf(devServerUrl) : null);
const knownWebContents = new Set<number>();
const openExternal = (url: string): Promise<boolean> => openExternalUrl(url, (u) => shell.openExternal(u));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let services: MainServices | null = null;
let mainWindow: BrowserWindow | null = null;
const earlyOpens: string[] = [];

function requestOpen(path: string): void {
  if (!services) {
    earlyOpens.push(path);
    return;
  }
  services.pending.push(path);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    mainWindow.webContents.send(EventChannel.openRequested, { fileName: services.pending.peekName() ?? '' });
  }
}

function sendCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  win?.webContents.send(EventChannel.menuCommand, { command });
}

async function refreshMenu(): Promise<void> {
  if (!services) return;
  const recent = (await services.recent.list()).map((r) => ({ id: r.id, fileName: r.fileName }));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        process.platform,
        app.getName(),
        recent,
        {
          command: sendCommand,
          openRecent: (id) => {
            // opened through openPending, the same path as the command line, with progress and errors in the UI
            const path = services?.recent.pathOf(id);
            if (path) requestOpen(path);
          },
          clearRecent: () => void services?.recent.clear().then(refreshMenu),
        },
        !app.isPackaged,
      ),
    ),
  );
}

async function createWindow(userData: string): Promise<void> {
  const state = await loadWindowState(userData);
  const bounds = restorableBounds(
    state,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'SLA & Downtime Calculator',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  mainWindow = win;
  const contentsId = win.webContents.id;
  knownWebContents.add(contentsId);
  if (state?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // a crashed renderer would leave a blank window: reload it once per crash (the settings are on disk), but not
  // in a loop when the crash happens at start-up
  let lastReload = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || Date.now() - lastReload < 10_000) return;
    lastReload = Date.now();
    win.webContents.reload();
  });
  win.on('close', () => {
    const normal = win.getNormalBounds();
    void saveWindowState(userData, { ...normal, maximized: win.isMaximized() }).catch(() => undefined);
  });
  win.on('closed', () => {
    knownWebContents.delete(contentsId);
    services?.closeWindow(win.id);
    if (mainWindow === win) mainWindow = null;
  });
  await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = logPathFromArgv(argv, app.isPackaged);
    if (path) requestOpen(resolve(workingDirectory, path));
    else mainWindow?.focus();
  });
  // macOS: double-click on a log in Finder, or drop on the Dock icon; can arrive before ready
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestOpen(path);
  });
  // every webContents, including hidden print windows, gets the navigation/new-window/webview rules
  app.on('web-contents-created', (_event, contents) => {
    applyWebContentsRules(contents, { appOrigins: origins, openExternal: (url) => void openExternal(url) });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => void services?.dispose());

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    const rendererRoot = join(__dirname, '../renderer');
    const samples = app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'samples');

    denyAllPermissions(session.defaultSession);
    // the dev server's responses get the policy as a header too (app:// responses carry it already)
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(rendererRoot, csp, (file) => readFile(file)),
    );

    services = await createMainServices({
      userDataDir: userData,
      workerPath: join(__dirname, 'log-engine.js'),
      sample: {
        log: join(samples, 'messaging-platform-2021-2022.csv'),
        settings: join(samples, 'messaging-platform.settings.json'),
      },
      dialogs: electronDialogs(dialog, (id) => BrowserWindow.fromId(id)),
      appInfo: {
        locale: app.getLocale(),
        preferredLanguages: app.getPreferredSystemLanguages(),
        platform: process.platform,
        versions: { app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome },
      },
      openExternal,
      exportPdf,
      openPath: (path) => shell.openPath(path),
      onRecentAdded: (path) => {
        app.addRecentDocument(path);
        void refreshMenu();
      },
      onRecentCleared: () => app.clearRecentDocuments(),
    });
    registerIpcHandlers(
      ipcMain,
      services.handlers,
      (event) => isTrustedSender(event, knownWebContents, origins),
      (event) => BrowserWindow.fromWebContents(event.sender as Electron.WebContents)?.id ?? 0,
    );
    const argvPath = logPathFromArgv(process.argv, app.isPackaged);
    if (argvPath) services.pending.push(resolve(argvPath));
    for (const path of earlyOpens.splice(0)) services.pending.push(path);
    await refreshMenu();
    await createWindow(userData);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow(userData);
    });
  });
}
