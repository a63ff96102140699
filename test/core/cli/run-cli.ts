import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(__dirname, '../../..');

/** Builds out/cli.js when any core/ source is newer, the same check `npm run sla` makes. */
export function ensureCli(): void {
  execFileSync(process.execPath, ['scripts/ensure-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in its own process. */
export function runCli(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, ['out/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON of `sla report ARGS --format json`, which must succeed without a word on stderr. */
export function reportJson<T>(args: readonly string[]): T {
  const r = runCli(['report', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
}
