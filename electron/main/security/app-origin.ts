/**
 * Where the app's own pages live. Production content is served from `app://sla/` by a custom protocol
 * (app-protocol.ts) instead of file://, so the page has a real origin, CSP 'self' means only the app's
 * files, and a file:// page cannot reach the rest of the disk. In development the Vite dev server's
 * http://localhost origin is allowed as well, and only then.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sla';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** scheme://host[:port] of a URL; null for anything unparseable. Node's URL.origin is "null" for custom schemes. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The origins the app's pages may have: app://sla, plus the dev server's while developing. */
export function appOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  if (dev) origins.push(dev);
  return origins;
}

export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
