import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_MAX_CHARS } from '../../hostile/bounds';
import { ensureCli, REPO_ROOT, runCli } from '../../hostile/run-cli';

// issue 19 item 6: --settings named a FIFO (the CLI waited forever for a writer) or /dev/urandom (it read
// 1.16 GB before failing), and a message could quote a whole settings file back
const SAMPLE = join(REPO_ROOT, 'samples/messaging-platform-2021-2022.csv');
const dir = mkdtempSync(join(tmpdir(), 'sla-settings-file-'));
const cwd = mkdtempSync(join(tmpdir(), 'sla-settings-cwd-'));

beforeAll(() => ensureCli(), 300_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
});

async function refused(settingsPath: string): Promise<string> {
  // 20 s: the whole run takes well under a second; a read that blocks is killed and fails the test
  const r = await runCli(['report', SAMPLE, '--format', 'json', '--settings', settingsPath], cwd, 20_000);
  expect(r.timedOut).toBe(false);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.length).toBeLessThanOrEqual(MESSAGE_MAX_CHARS + 'sla: '.length);
  return lines[0]!;
}

describe.runIf(process.platform !== 'win32')('--settings on what is not a small regular file', () => {
  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'settings-fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(await refused(fifo)).toBe(`sla: ${fifo}: is not a regular file (a pipe, socket or device)`);
  }, 30_000);

  it('refuses a device without reading it', async () => {
    expect(await refused('/dev/urandom')).toBe('sla: /dev/urandom: is not a regular file (a pipe, socket or device)');
  }, 30_000);

  it('refuses a folder', async () => {
    expect(await refused(dir)).toBe(`sla: ${dir}: is a folder, not a file`);
  }, 30_000);
});

describe('--settings size and messages', () => {
  it('refuses a settings file over 1 MiB before parsing it', async () => {
    const big = join(dir, 'big.json');
    // valid JSON: only the size is wrong, so a reader that parsed it would accept it
    writeFileSync(big, '{}' + ' '.repeat(1024 * 1024));
    expect(await refused(big)).toBe(
      `sla: ${big}: is 1048578 bytes, more than the 1048576 allowed: too large to be a settings file`,
    );
  }, 30_000);

  it('keeps a message about a 500 kB service name under 1,000 characters', async () => {
    const p = join(dir, 'long-name.json');
    const name = 'x'.repeat(500_000);
    // 150 is a percent where a fraction belongs: the message names the field, whose path holds the name
    writeFileSync(p, JSON.stringify({ targets: { default: 0.999, services: { [name]: 150 } } }));
    const line = await refused(p);
    expect(line).toContain(`sla: ${p}: targets.services.xxxx`);
    // the path quoting the name is clipped where it is made (formatZodIssues), the whole line stays short
    expect(line).toMatch(/targets\.services\.x+…: /);
    expect(line.length).toBeLessThanOrEqual(1000);
  }, 30_000);
});
