import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@core': resolve(__dirname, 'core') } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // e2e tests start Chromium: give them room, and never assert wall-clock time anywhere
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/global-temp-dir.ts'],
  },
});
