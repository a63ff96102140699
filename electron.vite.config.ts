import { basename, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { isRendererPage, pageHeadMeta } from './renderer/page-head';

const alias = { '@core': resolve(__dirname, 'core') };

/** Opens every page's head with its charset and Content-Security-Policy from renderer/page-head.ts. */
function pageHead(): Plugin {
  return {
    name: 'sla-page-head',
    transformIndexHtml(_html, ctx) {
      const page = basename(ctx.filename, '.html');
      // a page the head does not know would be served without its meta policy
      if (!isRendererPage(page)) throw new Error(`renderer/page-head.ts has no head for ${ctx.filename}`);
      return pageHeadMeta(page).map((attrs) => ({ tag: 'meta', attrs, injectTo: 'head-prepend' as const }));
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // each open log's engine is a worker thread (electron/main/engine/engine-host.ts loads out/main/log-engine.js)
          'log-engine': resolve(__dirname, 'electron/main/engine/log-engine-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // sandboxed preloads cannot require() npm packages: bundle everything into one CJS file
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [pageHead(), react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html'), print: resolve(__dirname, 'renderer/print.html') },
      },
    },
  },
});
