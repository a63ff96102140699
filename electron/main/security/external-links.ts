/**
 * Which links may leave the app for the user's browser: exactly the https URLs listed here, without
 * embedded credentials. The app links to no outside page today (nothing in renderer/ opens one), so the list
 * is empty and every link is refused; a page that gains one lists its URL here, whole. Hosts, subdomains,
 * plain http: and other schemes (file:, javascript:, smb:, other apps' protocol handlers) are never enough:
 * shell.openExternal hands the URL to the OS, and a script injected by a log could choose it.
 */
export const EXTERNAL_LINK_URLS: readonly string[] = [];

export function isAllowedExternalUrl(url: string, allowedUrls: readonly string[] = EXTERNAL_LINK_URLS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  // the parsed form, so https://Example.org/x and https://example.org/x are one URL, and %2e tricks are undone
  return allowedUrls.some((allowed) => new URL(allowed).href === parsed.href);
}

/** Opens `url` with `open` (shell.openExternal) when allowed; returns whether it did. */
export async function openExternalUrl(
  url: string,
  open: (url: string) => Promise<void>,
  allowedUrls: readonly string[] = EXTERNAL_LINK_URLS,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowedUrls)) return false;
  await open(new URL(url).href);
  return true;
}
