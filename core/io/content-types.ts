/** Content types of the files the built renderer holds: one table for the app:// protocol and the CLI's print route. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The content type for a file name by its extension; null for a type the renderer never ships. */
export function knownContentType(file: string): string | null {
  const dot = file.lastIndexOf('.');
  const ext = dot < 0 ? '' : file.slice(dot).toLowerCase();
  return Object.hasOwn(CONTENT_TYPES, ext) ? CONTENT_TYPES[ext]! : null;
}
