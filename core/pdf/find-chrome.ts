import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chrome, Chromium or Edge usually live, per platform; the first that exists is used. */
export function chromeCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/** No browser to print with; the message says how to get one. */
export class ChromeNotFoundError extends Error {
  override readonly name = 'ChromeNotFoundError';
}

/**
 * The browser to render PDFs with: CHROME_PATH when set (and then it must exist: a typo should not silently fall
 * back to another browser), else the first usual install path that exists. Never downloads anything.
 */
export function findChrome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new ChromeNotFoundError(
      `CHROME_PATH is set to ${fromEnv}, but there is no file there. Point it at a Chrome or Chromium executable.`,
    );
  }
  const candidates = chromeCandidates(platform, env);
  const found = candidates.find((p) => exists(p));
  if (found) return found;
  const install =
    platform === 'linux'
      ? 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium)'
      : 'install Google Chrome or Microsoft Edge';
  throw new ChromeNotFoundError(
    `A PDF needs Chrome or Chromium, and none was found (looked in ${candidates.join(', ')}). ` +
      `To make PDFs, ${install}, or set CHROME_PATH to the browser's executable.`,
  );
}

/** What decides whether Chromium can sandbox its renderers on this machine. */
export interface SandboxProbe {
  platform: NodeJS.Platform;
  /** null where there are no uids (Windows) */
  uid: number | null;
  /** the kernel lets an unprivileged process make user namespaces; null when it does not say */
  userNamespaces: boolean | null;
}

/** Reads the probe from this process and Linux's /proc/sys (absent files say nothing). */
export function probeSandbox(read: (path: string) => string | null = readSysFile): SandboxProbe {
  const platform = process.platform;
  const uid = process.getuid?.() ?? null;
  if (platform !== 'linux') return { platform, uid, userNamespaces: null };
  // Debian's switch, then the general limit: either at 0 means no user namespace for us
  const clone = read('/proc/sys/kernel/unprivileged_userns_clone');
  const max = read('/proc/sys/user/max_user_namespaces');
  const userNamespaces = clone === '0' || max === '0' ? false : clone === null && max === null ? null : true;
  return { platform, uid, userNamespaces };
}

function readSysFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * Why Chromium cannot run sandboxed here, or null when it can. On Linux its sandbox needs an unprivileged user
 * namespace (or a setuid helper, which a root process may not use either), and Chromium refuses to start
 * sandboxed as root. macOS and Windows always allow it.
 */
export function sandboxUnavailable(probe: SandboxProbe): string | null {
  if (probe.platform !== 'linux') return null;
  if (probe.uid === 0) return 'running as root, where Chromium refuses its sandbox';
  if (probe.userNamespaces === false) return 'this system allows no unprivileged user namespaces';
  return null;
}
