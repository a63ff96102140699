import { cpus, loadavg } from 'node:os';
import type { BenchOptions } from './bench-options';
import { ensureShape, HOSTILE_SHAPES } from './hostile-shapes';
import { median, runInChild, type RunResult } from './measure';

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/**
 * `npm run bench -- --hostile`: each hostile shape of issue 19 items 1, 3 and 4 run as the CLI runs it, in a fresh
 * process: wall and CPU time, peak RSS and how it ended, beside the figure before the fix.
 */
export async function runHostile(script: string, o: BenchOptions): Promise<void> {
  const log = (m: string): void => console.log(m);
  const shapes = HOSTILE_SHAPES.filter((s) => o.shapes.length === 0 || o.shapes.some((n) => s.name.includes(n)));
  if (shapes.length === 0) throw new Error(`no hostile shape matches ${o.shapes.join(', ')}`);
  log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (wall times stretch under load)\n`,
  );
  const lines: string[] = [];
  for (const shape of shapes) {
    const path = await ensureShape(o.dataDir, shape, log);
    const runs: RunResult[] = [];
    for (let i = 0; i < o.runs; i++)
      runs.push(await runInChild(script, { task: shape.pdf ? 'hostile-pdf' : 'hostile', path }));
    const line =
      `${shape.name.padEnd(26)} ${fmt(median(runs.map((r) => r.ms))).padStart(8)} ms` +
      `  CPU ${fmt(median(runs.map((r) => r.cpuMs))).padStart(7)} ms` +
      `  peak RSS ${fmt(Math.max(...runs.map((r) => r.peakRssMb))).padStart(5)} MB` +
      `  ${runs[0]!.outcome ?? ''}  (before: ${shape.before})`;
    log(line);
    lines.push(line);
  }
  log('\n==== hostile shapes ====\n' + lines.join('\n'));
}
