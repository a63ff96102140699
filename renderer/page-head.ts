/**
 * The head every renderer page starts with, written into index.html and print.html by the build
 * (electron.vite.config.ts), so the pages' meta Content-Security-Policy has one source. The meta policy is a
 * second layer: every app:// response also carries the header policy of electron/main/security.
 */
export type RendererPage = 'index' | 'print';

/** Directives in the order they are written; `null` leaves one out of a page. */
type Policy = Record<string, string | null>;

const SELF = "'self'";
const NONE = "'none'";

function policy(page: Partial<Policy>): string {
  const directives: Policy = {
    'default-src': SELF,
    'script-src': SELF,
    'style-src': SELF,
    'worker-src': null,
    'img-src': `${SELF} data:`,
    'font-src': SELF,
    'connect-src': NONE,
    'object-src': NONE,
    'base-uri': NONE,
    'form-action': NONE,
    ...page,
  };
  return Object.entries(directives)
    .filter((d): d is [string, string] => d[1] !== null)
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');
}

/**
 * What each page allows beyond the shared policy: the dashboard starts no worker (its reports come from the
 * log's engine in the main process), and the print view connects nowhere.
 */
const PAGES: Record<RendererPage, { policy: Partial<Policy>; viewport: boolean }> = {
  index: { policy: { 'worker-src': NONE, 'connect-src': SELF }, viewport: true },
  // laid out for paper, not a window: no viewport
  print: { policy: {}, viewport: false },
};

/** The attributes of the `<meta>` tags that open the page's head, in order. */
export function pageHeadMeta(page: RendererPage): Record<string, string>[] {
  const { policy: own, viewport } = PAGES[page];
  return [
    { charset: 'UTF-8' },
    { 'http-equiv': 'Content-Security-Policy', content: policy(own) },
    ...(viewport ? [{ name: 'viewport', content: 'width=device-width, initial-scale=1.0' }] : []),
  ];
}

export function isRendererPage(name: string): name is RendererPage {
  return Object.hasOwn(PAGES, name);
}
