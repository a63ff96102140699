// A stand-in for the `electron` module, enough for out/main/index.js to start under plain Node: it records
// what the app registers (IPC handlers, protocol handler, windows) on globalThis.__electronStub so the
// driver can call into the built main process as the renderer would.
'use strict';
const stub = {
  listeners: new Map(),
  ipcHandlers: new Map(),
  protocolHandlers: new Map(),
  privileged: [],
  windows: [],
  sent: [],
  saveAnswers: [],
  userData: process.env.SLA_STUB_USER_DATA,
  appPath: process.env.SLA_STUB_APP_PATH,
};
globalThis.__electronStub = stub;

let nextId = 1;
class BrowserWindow {
  constructor(options) {
    this.id = nextId++;
    this.options = options;
    this.loaded = [];
    const mainFrame = { url: 'app://sla/index.html', parent: null };
    this.webContents = {
      id: 100 + this.id,
      mainFrame,
      send: (channel, data) => stub.sent.push({ channel, data }),
      on() {},
      setWindowOpenHandler() {},
      isDestroyed: () => false,
    };
    stub.windows.push(this);
  }
  static fromWebContents(contents) {
    return stub.windows.find((w) => w.webContents.id === contents.id) ?? null;
  }
  static fromId(id) {
    return stub.windows.find((w) => w.id === id) ?? null;
  }
  static getAllWindows() {
    return stub.windows;
  }
  static getFocusedWindow() {
    return null;
  }
  once() {}
  on() {}
  maximize() {}
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  focus() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 860 };
  }
  async loadURL(url) {
    this.loaded.push(url);
  }
}

module.exports = {
  app: {
    isPackaged: false,
    enableSandbox() {},
    requestSingleInstanceLock: () => true,
    on: (event, listener) => stub.listeners.set(event, listener),
    whenReady: () => Promise.resolve(),
    getPath: () => stub.userData,
    getAppPath: () => stub.appPath,
    getLocale: () => 'en-US',
    getPreferredSystemLanguages: () => ['en-US'],
    getVersion: () => '0.0.0-stub',
    getName: () => 'SLA',
    addRecentDocument() {},
    clearRecentDocuments() {},
    quit() {},
  },
  BrowserWindow,
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => {
      const filePath = stub.saveAnswers.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true };
    },
  },
  ipcMain: {
    handle: (channel, listener) => stub.ipcHandlers.set(channel, listener),
    removeHandler: (channel) => stub.ipcHandlers.delete(channel),
  },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu() {} },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => stub.privileged.push(...schemes),
    handle: (scheme, handler) => stub.protocolHandlers.set(scheme, handler),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: {
    defaultSession: {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      webRequest: { onHeadersReceived() {} },
    },
  },
  shell: { openExternal: async () => {} },
  webUtils: { getPathForFile: () => '' },
  contextBridge: { exposeInMainWorld() {} },
  ipcRenderer: {},
};
