import { knownContentType } from '@core/io/content-types';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Maps an app://sla/... request to a file under `root` (out/renderer), or null when it must be refused:
 * another host, encoded tricks, or any path that would leave `root` (`..`, absolute, drive letters).
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath)) return null;
  const file = join(root, relativePath);
  const fromRoot = relative(root, file);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return null;
  return file;
}

export function contentTypeOf(file: string): string {
  return knownContentType(file) ?? 'application/octet-stream';
}

/**
 * The app:// request handler, with file reading passed in so it is testable without Electron.
 * Every response carries the CSP header, so the policy holds even if a page forgets its meta tag.
 */
export function createAppProtocolHandler(
  root: string,
  csp: string,
  readFile: (file: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('method not allowed', { status: 405 });
    const file = resolveAppFile(request.url, root);
    if (!file) return new Response('not found', { status: 404 });
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return new Response('not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : (body as ConstructorParameters<typeof Response>[0]), {
      status: 200,
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': csp,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
