import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every test run gets one temporary folder, and os.tmpdir() in every test process points
 * into it (the forks inherit TMPDIR), so the logs, PDFs and bundles the tests write go away with the run
 * instead of piling up in the system's temporary folder.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'sla-test-run-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
