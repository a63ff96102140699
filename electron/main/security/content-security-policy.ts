/**
 * The Content-Security-Policy of every app page. No 'unsafe-eval' and no inline script, ever in production.
 * Development adds only what the Vite dev server needs: its origin, its websocket for hot reload and the
 * inline React-refresh preamble.
 */
export function contentSecurityPolicy(devServerOrigin: string | null): string {
  const self = "'self'";
  const dev = devServerOrigin ? [devServerOrigin] : [];
  const devSocket = devServerOrigin ? [devServerOrigin.replace(/^http/, 'ws')] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': [self, ...dev, ...(devServerOrigin ? ["'unsafe-inline'"] : [])],
    // React and chart.js set styles through the CSSOM, which CSP does not restrict; Vite dev injects <style> tags
    'style-src': [self, ...dev, ...(devServerOrigin ? ["'unsafe-inline'"] : [])],
    'img-src': [self, 'data:', 'blob:', ...dev],
    'font-src': [self, 'data:', ...dev],
    'connect-src': [self, ...dev, ...devSocket],
    // no page starts a worker: reports are built by each log's engine in the main process
    'worker-src': ["'none'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'child-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
