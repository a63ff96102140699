import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';

const PROMETHEUS = process.env['PROMETHEUS_PATH'] || '/usr/bin/prometheus';
const PROMTOOL = process.env['PROMTOOL_PATH'] || '/usr/bin/promtool';

/**
 * A describe block that needs Debian's prometheus and promtool (apt-get install prometheus; .ci/run installs
 * it). Without them the block fails with a clear message in CI (CI=true) and is skipped, saying so, elsewhere.
 */
export function describeWithPrometheus(name: string, body: () => void): void {
  const missing = [PROMETHEUS, PROMTOOL].filter((p) => !existsSync(p));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const why =
    `The Prometheus tests need ${missing.join(' and ')} (Debian: apt-get install prometheus, or set ` +
    'PROMETHEUS_PATH and PROMTOOL_PATH)';
  if (process.env['CI'] === 'true') {
    describe(name, () =>
      it('needs Prometheus', () => {
        throw new Error(why);
      }),
    );
  } else {
    console.warn(`[skipped] ${why}`);
    describe.skip(name, () => it('needs Prometheus', () => undefined));
  }
}

/** A port nothing listens on right now (the OS's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

/**
 * Backfills the OpenMetrics text into a fresh TSDB with promtool and serves it with prometheus on 127.0.0.1
 * (no scraping, a retention long enough to keep samples of any age), ready when /-/ready says so.
 */
export async function startPrometheus(openMetrics: string): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'sla-prometheus-'));
  const input = join(dir, 'samples.om');
  writeFileSync(input, openMetrics);
  execFileSync(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', '-q', input, join(dir, 'data')], {
    stdio: 'pipe',
  });
  const config = join(dir, 'prometheus.yml');
  writeFileSync(config, 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=100y',
      `--config.file=${config}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  // a shared CI machine can take a while to open the blocks; the wait ends early if prometheus exits
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`prometheus did not become ready on ${url}:\n${log}`);
}
