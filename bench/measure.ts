import { spawn } from 'node:child_process';

/** What one measured run reports back from its child process. */
export interface RunResult {
  ms: number;
  /** CPU time of the child (user + system, all threads): steadier than wall time on a busy machine */
  cpuMs: number;
  /** peak resident set of the whole child process (process.resourceUsage().maxRSS), MB */
  peakRssMb: number;
  /** data rows the run read, when it knows */
  rows?: number;
  /** figures to check, when asked for */
  figures?: unknown;
  /** how a hostile shape's run ended: what it read, or the error it refused the file with */
  outcome?: string;
}

export interface Task {
  task: string;
  path: string;
  withFigures?: boolean;
}

const RESULT_PREFIX = 'BENCH-RESULT ';

/**
 * Runs one task in a fresh Node process (this same script with --child), so each run starts cold in
 * memory and its peak RSS belongs to that run alone.
 */
export function runInChild(script: string, t: Task): Promise<RunResult> {
  const args = ['--expose-gc', script, '--child', t.task, t.path];
  if (t.withFigures) args.push('--figures');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) reject(new Error(`child ${t.task} ${t.path} failed (exit ${code})`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as RunResult);
    });
  });
}

/** Child side: time the work, then report time and the process's peak RSS on stdout. */
export async function reportFromChild(
  work: () => Promise<Omit<RunResult, 'ms' | 'cpuMs' | 'peakRssMb'>>,
): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const extra = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result: RunResult = { ms, cpuMs: (used.user + used.system) / 1000, peakRssMb, ...extra };
  process.stdout.write(RESULT_PREFIX + JSON.stringify(result) + '\n');
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
