import { isAppUrl } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

/** The parts of Electron's WebContents these rules touch. */
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
}

export interface WebContentsRuleOptions {
  appOrigins: readonly string[];
  /** shell.openExternal behind the allowlist (external-links.ts) */
  openExternal: (url: string) => void;
  /** exact https URLs; default EXTERNAL_LINK_URLS */
  allowedUrls?: readonly string[];
}

/**
 * No navigation away from the app's own pages, no new windows (an allowed http(s) link opens in the user's
 * browser instead), no <webview>.
 */
export function applyWebContentsRules(contents: WebContentsLike, options: WebContentsRuleOptions): void {
  const guardNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, options.appOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url, options.allowedUrls)) options.openExternal(url);
    return { action: 'deny' };
  });
}
