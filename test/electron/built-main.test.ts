/**
 * The main process as electron-vite builds it (out/main/index.js + log-engine.js), started under plain Node
 * with a stand-in `electron` module (built-main/electron-stub.cjs) and driven through its IPC handlers. This
 * catches what the source-level tests cannot: bundling, the worker entry next to the main bundle, paths
 * relative to __dirname, the sample found from the app path.
 * `npm test` builds before it tests; after editing electron/ or core/ without building, this file is skipped
 * and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvokeChannel } from '../../electron/shared/ipc-contract';
import { newestMtime } from '../newest-mtime';

const ROOT = resolve(__dirname, '../..');
const OUT_MAIN = join(ROOT, 'out/main');

const PRELOAD = join(ROOT, 'out/preload/index.cjs');
const built = [join(OUT_MAIN, 'index.js'), join(OUT_MAIN, 'log-engine.js'), PRELOAD];
const fresh =
  built.every((f) => existsSync(f)) &&
  Math.min(...built.map((f) => statSync(f).mtimeMs)) >=
    Math.max(newestMtime(join(ROOT, 'electron')), newestMtime(join(ROOT, 'core')));
if (!fresh)
  console.warn('built-main.test.ts skipped: out/main is missing or older than electron/ or core/ (run npm run build)');

describe.skipIf(!fresh)('built main process (out/main)', () => {
  it('starts, serves app://, imports the sample in the built worker, exports, and refuses strangers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sla-built-main-'));
    try {
      const exportPath = join(dir, 'report.json');
      const stdout = execFileSync(process.execPath, [join(__dirname, 'built-main/run-built-main.mjs')], {
        encoding: 'utf8',
        env: {
          ...process.env,
          SLA_OUT_MAIN: OUT_MAIN,
          SLA_EXPORT_PATH: exportPath,
          SLA_STUB_USER_DATA: join(dir, 'user-data'),
          SLA_STUB_APP_PATH: ROOT,
        },
        timeout: 60_000,
      });
      const run = JSON.parse(stdout);
      expect(run.loaded).toEqual(['app://sla/index.html']);
      expect(run.preload).toBe(join(ROOT, 'out/preload/index.cjs'));
      expect(run.privileged).toEqual([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      expect(run.channels).toEqual(Object.values(InvokeChannel).sort());
      expect(run.startup).toMatchObject({ ok: true, value: { firstRun: true, pendingFile: null } });
      // the sample is 117 lines: a header and 116 outage rows, none rejected
      expect(run.sample).toEqual({
        ok: true,
        fileName: 'messaging-platform-2021-2022.csv',
        records: 116,
        // the records stay in the built engine thread: the window gets what its views read
        holdsRecords: false,
      });
      // the report the window asks for, built in the built engine thread
      expect(run.report).toMatchObject({ ok: true, services: expect.arrayContaining(['*']) });
      expect(run.progressEvents).toBeGreaterThan(0);
      expect(run.exported).toEqual({ ok: true, value: { fileName: 'report.json' } });
      const report = JSON.parse(await readFile(exportPath, 'utf8'));
      expect(report.source.file).toBe('messaging-platform-2021-2022.csv');
      expect(run.page.status).toBe(existsSync(join(ROOT, 'out/renderer/index.html')) ? 200 : 404);
      expect(run.page.csp).toMatch(/^default-src 'none'; script-src 'self';/);
      expect(run.stranger).toMatchObject({ ok: false, error: { code: 'denied' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('bundles the preload into one file that needs nothing but electron (a sandboxed preload cannot require npm packages)', async () => {
    const code = await readFile(PRELOAD, 'utf8');
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).toContain('exposeInMainWorld("sla"');
  });
});
