import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCli, REPO_ROOT, runCli } from '../../hostile/run-cli';

// issue 19 item 11: `--out` or `--pdf` naming the input log replaced the log with the report (exit 0)
const dir = mkdtempSync(join(tmpdir(), 'sla-outputs-'));
const cwd = mkdtempSync(join(tmpdir(), 'sla-outputs-cwd-'));
const log = join(dir, 'log.csv');
copyFileSync(join(REPO_ROOT, 'samples/messaging-platform-2021-2022.csv'), log);
const logBytes = readFileSync(log);

beforeAll(() => ensureCli(), 300_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

async function refused(args: string[]): Promise<string> {
  const r = await runCli(['report', log, '--format', 'md', ...args], cwd, 30_000);
  expect(r.timedOut).toBe(false);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(readFileSync(log).equals(logBytes)).toBe(true);
  return r.stderr.trimEnd();
}

describe.runIf(process.platform !== 'win32')('the CLI never writes over its input', () => {
  it('--out naming the log', async () => {
    expect(await refused(['--out', log])).toBe(
      `sla: ${log}: is ${log}, which this report reads; name another file to write`,
    );
  }, 40_000);

  it('--pdf naming the log through a symbolic link (refused before Chromium starts)', async () => {
    const link = join(dir, 'report.pdf');
    symlinkSync(log, link);
    expect(await refused(['--pdf', link])).toBe(
      `sla: ${link}: is ${log}, which this report reads; name another file to write`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    rmSync(link);
  }, 40_000);

  it('--out naming the settings file', async () => {
    const settings = join(dir, 'settings.json');
    copyFileSync(join(REPO_ROOT, 'samples/messaging-platform.settings.json'), settings);
    const before = readFileSync(settings, 'utf8');
    expect(await refused(['--settings', settings, '--out', settings])).toContain('which this report reads');
    expect(readFileSync(settings, 'utf8')).toBe(before);
  }, 40_000);

  it('--out naming a FIFO: exit 1, without waiting for a reader', async () => {
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await refused(['--out', fifo])).toBe(`sla: ${fifo}: is a pipe, not a regular file; name a file to write`);
  }, 40_000);

  it('--out and --pdf naming the same file', async () => {
    const same = join(dir, 'same.out');
    expect(await refused(['--out', same, '--pdf', same])).toBe(
      `sla: --out and --pdf name the same file (${same}); give each its own`,
    );
    expect(readdirSync(dir)).not.toContain('same.out');
  }, 40_000);
});
