import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsv } from '../../core/print/report-csv';
import { parseCliArgs } from '../../core/cli/args';
import { settingsFromArgs } from '../../core/cli/settings-from-args';
import type { Settings } from '../../core/model/settings';
import { reportJson } from '../../core/report/index';
import { createEngineHost, type EngineHost } from '../../electron/main/engine/engine-host';
import { toIpcError } from '../../electron/main/ipc-failure';
import { buildEngineWorker } from '../electron/worker-build';
import { HEAP_MB, MESSAGE_MAX_CHARS } from './bounds';
import { CASES, type HostileCase } from './corpus';
import { snapshotDir } from './dir-snapshot';

/**
 * The app's path for the same corpus: the log's real engine (electron/main/engine, in a worker thread with the
 * tests' heap cap) imports it, then builds the report the window would draw. A hostile file must come back as an
 * error envelope with one sentence for the person, or as a report; never as an internal error or a crash.
 */
let host: EngineHost;

/**
 * The settings the CLI's arguments of a case give (input zone, user bases), read by the CLI's own parser, as the
 * app would hold them.
 */
function settingsFor(c: HostileCase): Settings {
  const args = parseCliArgs(['report', 'log', ...(c.args ?? [])]);
  if (args.command !== 'report') throw new Error(`${c.name}: its arguments are no report's`);
  return settingsFromArgs(args, null);
}

describe('the app on hostile input (issue 6)', () => {
  beforeAll(async () => {
    host = createEngineHost(await buildEngineWorker(), HEAP_MB);
  }, 120_000);
  afterAll(async () => host?.dispose());

  for (const c of CASES) {
    it.skipIf(Boolean(c.skip))(
      c.name,
      async () => {
        const root = mkdtempSync(join(tmpdir(), 'sla-hostile-app-'));
        const inputDir = join(root, 'in');
        mkdirSync(inputDir);
        try {
          const path = c.make(inputDir);
          const before = snapshotDir(inputDir);
          const settings = settingsFor(c);
          const file = { path, fileName: basename(path) };
          const outcome = await host
            .load(1, c.name, file, settings.import, () => undefined)
            .then(
              (summary) => ({ ok: true as const, summary }),
              (error: unknown) => ({ ok: false as const, error: toIpcError(error) }),
            );
          expect(snapshotDir(inputDir)).toEqual(before);

          if (!outcome.ok) {
            expect(outcome.error.code, outcome.error.message.slice(0, 300)).not.toBe('internal');
            expect(c.error, `refused a file the CLI must read: ${outcome.error.message.slice(0, 300)}`).toBeDefined();
            expect(outcome.error.message).toContain(basename(path));
            expect(outcome.error.message).not.toContain('\n');
            expect(outcome.error.message.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
            return;
          }
          let model;
          try {
            model = await host.report(1, c.name, file, settings, () => undefined);
          } catch (e) {
            // the report may refuse too (a 10,000-year range), with a message for the person
            expect(c.error, `report failed: ${(e as Error).message}`).toBeDefined();
            expect(toIpcError(e).code).not.toBe('internal');
            return;
          } finally {
            host.close(c.name);
          }
          if (c.csv) c.csv(reportCsv(model));
          else {
            expect(c.report, 'the CLI refuses this file, the app reported it').toBeDefined();
            c.report!(reportJson(model));
          }
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
      120_000,
    );
  }

  it('leaves no temp files of its own behind', () => {
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('sla-hostile-app-'))).toEqual([]);
  });
});
