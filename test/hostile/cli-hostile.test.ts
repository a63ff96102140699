import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../core/print/month-json';
import { CHILD_TIMEOUT_MS, MESSAGE_MAX_CHARS, RSS_MB } from './bounds';
import { CASES } from './corpus';
import { snapshotDir } from './dir-snapshot';
import { expectAllFinite } from './report-lookup';
import { ensureCli, runCli } from './run-cli';

/** The problem part of an error line: without the path, so a file named "missing.csv" cannot pass for "missing". */
function problemText(line: string, path: string): string {
  return line.split(path).join(' ').split(basename(path)).join(' ');
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false; // missing, or under a file (ENOTDIR)
  }
}

describe('the CLI on hostile input (issue 6)', () => {
  beforeAll(() => ensureCli(), 120_000);

  for (const c of CASES) {
    it.skipIf(Boolean(c.skip))(
      c.skip ? `${c.name} (skipped: ${c.skip})` : c.name,
      async () => {
        const root = mkdtempSync(join(tmpdir(), 'sla-hostile-'));
        const inputDir = join(root, 'in');
        const cwd = join(root, 'cwd');
        mkdirSync(inputDir);
        mkdirSync(cwd);
        try {
          const path = c.make(inputDir);
          const isDir = isDirectory(path);
          const before = snapshotDir(inputDir);
          const insideBefore = isDir ? snapshotDir(path) : null;

          const args = ['report', path, ...(c.csv ? [] : ['--format', 'json']), ...(c.args ?? [])];
          const run = await runCli(args, cwd);
          // HOSTILE_REPORT=1 prints what docs/hostile-input.md quotes: exit, peak RSS and the message
          if (process.env.HOSTILE_REPORT) {
            const rss = run.maxRssMb?.toFixed(0) ?? '-';
            console.log(
              `HOSTILE | ${c.name} | exit ${run.code ?? run.signal} | ${rss} MB | ${run.stderr.trim().slice(0, 300)}`,
            );
          }

          // bounded time and memory, and a controlled exit rather than a crash
          expect(run.timedOut, `still running after ${CHILD_TIMEOUT_MS / 1000} s: killed`).toBe(false);
          expect(run.signal, `died of ${run.signal}; stderr: ${run.stderr.slice(0, 500)}`).toBeNull();
          expect(run.maxRssMb, 'no peak RSS: the child crashed before exiting').not.toBeNull();
          expect(run.maxRssMb!).toBeLessThan(RSS_MB);
          expect(run.stderr, 'a stack trace reached the user').not.toContain('    at ');
          expect(run.stdoutTruncated, 'the report is larger than the stdout limit').toBe(false);

          // nothing written next to the input or in the working directory; the input untouched
          expect(snapshotDir(inputDir)).toEqual(before);
          if (insideBefore) expect(snapshotDir(path)).toEqual(insideBefore);
          expect(readdirSync(cwd)).toEqual([]);

          if (run.code === 1 && c.error) {
            expect(run.stderr, 'exactly one line on stderr').toMatch(/^[^\n]+\n$/);
            // a message that echoes the input (a 10 MB header) is no longer a message
            expect(run.stderr.length, 'the message is short').toBeLessThanOrEqual(MESSAGE_MAX_CHARS);
            expect(run.stderr, 'the message names the file').toContain(basename(path));
            expect(problemText(run.stderr, path)).toMatch(c.error);
            expect(run.stdout).toBe('');
          } else if (run.code === 0 && c.report) {
            expect(run.stderr).toBe('');
            const json = JSON.parse(run.stdout) as ReportJson;
            expectAllFinite(json);
            c.report(json);
          } else if (run.code === 0 && c.csv) {
            expect(run.stderr).toBe('');
            c.csv(run.stdout);
          } else {
            const allowed = [c.error && 'exit 1', (c.report || c.csv) && 'exit 0'].filter(Boolean).join(' or ');
            expect.fail(`exit ${run.code}, expected ${allowed}; stderr: ${run.stderr.slice(0, 500)}`);
          }
        } finally {
          // an unreadable input must be readable again for the clean-up
          for (const name of readdirSync(inputDir)) {
            const p = join(inputDir, name);
            if (lstatSync(p).isFile()) chmodSync(p, 0o644);
          }
          rmSync(root, { recursive: true, force: true });
        }
      },
      CHILD_TIMEOUT_MS + 60_000,
    );
  }
});
