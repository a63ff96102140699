/**
 * Which links may leave the app for the user's browser: http(s) only, to hosts on the allowlist (or their
 * subdomains), without embedded credentials. Everything else (file:, javascript:, custom protocol handlers
 * of other apps, smb://...) is refused: shell.openExternal would hand it to the OS.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'github.com',
  'sre.google',
  'engineering.fb.com',
  'www.electronjs.org',
];

export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return allowedHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** Opens `url` with `open` (shell.openExternal) when allowed; returns whether it did. */
export async function openExternalUrl(
  url: string,
  open: (url: string) => Promise<void>,
  allowedHosts: readonly string[] = EXTERNAL_LINK_HOSTS,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowedHosts)) return false;
  await open(new URL(url).toString());
  return true;
}
