import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHILD_TIMEOUT_MS, HEAP_MB, STDOUT_LIMIT_BYTES } from './bounds';

export const REPO_ROOT = resolve(__dirname, '../..');
export const CLI_PATH = join(REPO_ROOT, 'out/cli.js');
const RSS_PROBE = pathToFileURL(join(__dirname, 'rss-probe.mjs')).href;

/** Builds out/cli.js when it is missing or older than core/ (the project's own staleness check). */
export function ensureCli(): void {
  execFileSync(process.execPath, ['scripts/ensure-cli.mjs'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(CLI_PATH)) throw new Error('scripts/ensure-cli.mjs did not produce out/cli.js');
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** killed by us after CHILD_TIMEOUT_MS */
  timedOut: boolean;
  stdout: string;
  /** stdout went over STDOUT_LIMIT_BYTES and was cut */
  stdoutTruncated: boolean;
  stderr: string;
  /** peak resident set size in MB, null when the child died before its exit handler ran */
  maxRssMb: number | null;
}

/**
 * Runs `node out/cli.js <args>` with a capped V8 heap, a kill timer and a peak-RSS probe.
 * The caller passes an empty directory as cwd and checks it stays empty: a stray write to the working
 * directory is as bad as one next to the input.
 */
export function runCli(args: readonly string[], cwd: string, timeoutMs = CHILD_TIMEOUT_MS): Promise<CliRun> {
  const probeDir = mkdtempSync(join(tmpdir(), 'sla-rss-'));
  const rssFile = join(probeDir, 'rss');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--import', RSS_PROBE, CLI_PATH, ...args],
      {
        cwd,
        env: { ...process.env, HOSTILE_RSS_FILE: rssFile, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let truncated = false;
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => {
      if (outBytes + c.length > STDOUT_LIMIT_BYTES) truncated = true;
      else out.push(c);
      outBytes += c.length;
    });
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let maxRssMb: number | null = null;
      if (existsSync(rssFile)) maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024; // kB on Linux
      rmSync(probeDir, { recursive: true, force: true });
      resolvePromise({
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stdoutTruncated: truncated,
        stderr: Buffer.concat(err).toString('utf8'),
        maxRssMb,
      });
    });
  });
}
