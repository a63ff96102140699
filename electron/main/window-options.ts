import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The web preferences of every app window (Electron security checklist): the renderer runs sandboxed,
 * isolated from the preload, with no Node, web security on, no <webview>, no remote content.
 */
export function secureWebPreferences(
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // middle-click (auxclick) would open links outside the window-open handler's reach in older Electrons
    disableBlinkFeatures: 'Auxclick',
  };
}
