import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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
