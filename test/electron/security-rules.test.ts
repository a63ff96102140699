import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, appOrigins, isAppUrl } from '../../electron/main/security/app-origin';
import { createAppProtocolHandler, resolveAppFile } from '../../electron/main/security/app-protocol';
import { contentSecurityPolicy } from '../../electron/main/security/content-security-policy';
import { EXTERNAL_LINK_URLS, isAllowedExternalUrl, openExternalUrl } from '../../electron/main/security/external-links';
import { isTrustedSender } from '../../electron/main/security/ipc-sender';
import { denyAllPermissions } from '../../electron/main/security/permissions';
import { applyWebContentsRules, type WebContentsLike } from '../../electron/main/security/web-contents-rules';
import { secureWebPreferences } from '../../electron/main/window-options';

const root = join(sep, 'opt', 'app', 'out', 'renderer');

describe('app:// protocol', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveAppFile('app://sla/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://sla/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://sla/assets/index-abc.js?x=1#y', root)).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it.each(['app://sla/../main/index.js', 'app://sla/%2e%2e/%2e%2e/etc/passwd', 'app://sla/a/../../../../etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser drops the dot segments)',
    (url) => {
      const file = resolveAppFile(url, root);
      expect(file === null || file.startsWith(root + sep)).toBe(true);
    },
  );

  it.each([
    'app://sla/assets/..%2f..%2f..%2fetc/passwd',
    'app://sla/..%5c..%5cwindows',
    'app://sla/%00index.html',
    'app://sla/C:/Windows/win.ini',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://sla/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('answers with the CSP header, and 404 for refused or missing files', async () => {
    const files = new Map([[join(root, 'index.html'), new TextEncoder().encode('<!doctype html>')]]);
    const read = async (f: string): Promise<Uint8Array> => {
      const body = files.get(f);
      if (!body) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return body;
    };
    const handler = createAppProtocolHandler(root, "default-src 'none'", read);
    const ok = await handler(new Request('app://sla/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(await ok.text()).toBe('<!doctype html>');
    expect((await handler(new Request('app://sla/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://sla/../../secret'))).status).toBe(404);
    expect((await handler(new Request('app://sla/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('content security policy', () => {
  it('is strict in production: no eval, no inline script, nothing remote', () => {
    const csp = contentSecurityPolicy(null);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:|ws:/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('allows the dev server only in development, still without eval', () => {
    const csp = contentSecurityPolicy('http://localhost:5173');
    expect(csp).toContain("script-src 'self' http://localhost:5173");
    expect(csp).toContain('ws://localhost:5173');
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('app origins', () => {
  it('knows app://sla, and the dev server only when given', () => {
    expect(appOrigins(undefined)).toEqual([APP_ORIGIN]);
    expect(isAppUrl('app://sla/index.html', appOrigins(undefined))).toBe(true);
    expect(isAppUrl('http://localhost:5173/', appOrigins(undefined))).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', appOrigins('http://localhost:5173'))).toBe(true);
    expect(isAppUrl('http://localhost:5174/', appOrigins('http://localhost:5173'))).toBe(false);
    expect(isAppUrl('app://sla.evil.com/', appOrigins(undefined))).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', appOrigins(undefined))).toBe(false);
  });
});

describe('external links (issue 19 item 14: the list took plain http: and any *.github.com)', () => {
  it('opens nothing by default: the app links to no outside page', () => {
    expect(EXTERNAL_LINK_URLS).toEqual([]);
    for (const url of [
      'https://github.com/',
      'https://docs.github.com/en',
      'https://sre.google/',
      'http://github.com/',
    ])
      expect(isAllowedExternalUrl(url)).toBe(false);
  });

  const listed = ['https://example.org/docs/sla'];
  it.each([
    ['https://example.org/docs/sla', true],
    // the same URL as a browser parses it
    ['https://EXAMPLE.org/docs/./sla', true],
    ['http://example.org/docs/sla', false],
    ['https://example.org/docs/sla?x=1', false],
    ['https://example.org/docs/other', false],
    ['https://sub.example.org/docs/sla', false],
    ['https://example.org.evil.com/docs/sla', false],
    ['https://user:pw@example.org/docs/sla', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://example.org/share', false],
    ['ms-settings:', false],
    ['', false],
  ])('with %s listed: %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url, listed)).toBe(allowed);
  });

  it('opens only listed links', async () => {
    const open = vi.fn(async (_url: string) => {});
    expect(await openExternalUrl('file:///bin/sh', open, listed)).toBe(false);
    expect(await openExternalUrl('https://github.com/x', open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(await openExternalUrl('https://example.org/docs/sla', open, listed)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.org/docs/sla');
  });
});

class FakeContents implements WebContentsLike {
  listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  openHandler: ((d: { url: string }) => { action: 'deny' } | { action: 'allow' }) | null = null;
  on(event: string, listener: (event: { preventDefault(): void }, url: string) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' } | { action: 'allow' }): void {
    this.openHandler = handler;
  }
  fire(event: string, url = ''): boolean {
    let prevented = false;
    this.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

describe('web contents rules', () => {
  const setup = () => {
    const contents = new FakeContents();
    const opened: string[] = [];
    applyWebContentsRules(contents, {
      appOrigins: [APP_ORIGIN],
      openExternal: (u) => opened.push(u),
      allowedUrls: ['https://example.org/docs/sla'],
    });
    return { contents, opened };
  };

  it('blocks navigation and redirects away from the app', () => {
    const { contents } = setup();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://github.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://sla/index.html')).toBe(false);
  });

  it('never opens a new window; listed links go to the browser', () => {
    const { contents, opened } = setup();
    expect(contents.openHandler!({ url: 'https://example.org/docs/sla' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'https://github.com/x' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'app://sla/index.html' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/docs/sla']);
  });

  it('refuses every <webview>', () => {
    const { contents } = setup();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every request and check', () => {
    let request: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: ((c: unknown, p: string) => boolean) | null = null;
    let device: ((d: unknown) => boolean) | null = null;
    const denied: string[] = [];
    denyAllPermissions(
      {
        setPermissionRequestHandler: (h) => (request = h),
        setPermissionCheckHandler: (h) => (check = h),
        setDevicePermissionHandler: (h) => (device = h),
      },
      (p) => denied.push(p),
    );
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      request!(null, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(denied).toEqual(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']);
    expect(check!(null, 'clipboard-sanitized-write')).toBe(false);
    expect(device!({})).toBe(false);
  });
});

describe('IPC sender check', () => {
  const top = { url: 'app://sla/index.html', parent: null };
  const known = new Set([7]);
  it('trusts the top frame of a known window on an app page', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: top }, known, [APP_ORIGIN])).toBe(true);
  });
  it.each([
    ['an unknown webContents', { sender: { id: 8 }, senderFrame: top }],
    [
      'a subframe, even on an app page',
      { sender: { id: 7 }, senderFrame: { url: 'app://sla/index.html', parent: top } },
    ],
    ['a destroyed or navigated frame', { sender: { id: 7 }, senderFrame: null }],
    ['a page that is not the app', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    [
      'a file:// page',
      { sender: { id: 7 }, senderFrame: { url: 'file:///opt/app/out/renderer/index.html', parent: null } },
    ],
  ])('rejects %s', (_name, event) => {
    expect(isTrustedSender(event, known, [APP_ORIGIN])).toBe(false);
  });
});

describe('window web preferences', () => {
  it('follow the Electron security checklist', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});
