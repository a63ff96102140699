import { cpus, loadavg, totalmem } from 'node:os';
import { compareFigures } from './compare-figures';
import { ensureLog, type BenchFile, type LogKind } from './data-files';
import type { FigureRow } from './figures';
import { median, runInChild, type RunResult, type Task } from './measure';
import { measureRecompute } from './recompute';
import type { BenchOptions } from './bench-options';
import { BENCH_MAX_INCIDENTS } from './ours';

export { parseBenchOptions } from './bench-options';

interface Measured {
  ms: number;
  all: number[];
  /** median CPU time (all threads) */
  cpuMs: number;
  /** highest peak RSS over the runs, MB */
  peakRssMb: number;
  figures?: FigureRow[];
}

/** One file's runs as the summary shows them: the median, every run, CPU, peak RSS, the first run's figures. */
function summarize(results: RunResult[]): Measured {
  return {
    ms: median(results.map((r) => r.ms)),
    all: results.map((r) => r.ms),
    cpuMs: median(results.map((r) => r.cpuMs)),
    peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
    figures: results[0]!.figures as FigureRow[] | undefined,
  };
}

/**
 * Runs each task `runs` times in rounds (every task once per round, in the order given) rather than all runs
 * of one task and then the next: the host's load drifts over a minute, and a ratio of two tasks measured
 * minutes apart moved with it (ours/DuckDB from 0.40x to 0.49x between two runs of the same code, 30 Nov).
 * Figures are asked of each task's first run.
 */
async function measureRounds(script: string, tasks: readonly Task[], runs: number): Promise<Measured[]> {
  const results: RunResult[][] = tasks.map(() => []);
  for (let i = 0; i < runs; i++)
    for (const [k, t] of tasks.entries())
      results[k]!.push(await runInChild(script, { ...t, withFigures: t.withFigures === true && i === 0 }));
  return results.map(summarize);
}

/** issue 5 goals: ours/DuckDB, ours/plain read, peak RSS */
const GOALS: Record<LogKind, { duckdb: number; plain: number | null; rssMb: number }> = {
  status: { duckdb: 0.5, plain: 6, rssMb: 150 },
  interval: { duckdb: 0.4, plain: null, rssMb: 150 },
};
/** "flat": the doubled file's peak RSS within 15 % (the noise the issue allows) of the single file's */
const FLAT = 1.15;

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function line(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

interface FileFigures {
  file: BenchFile;
  ours: Measured;
  duckdb: Measured;
  plain: Measured;
  doubled: { file: BenchFile; ours: Measured } | null;
}

function printFile(f: FileFigures): string[] {
  const { file, ours, duckdb, plain, doubled } = f;
  const mb = file.bytes / 1e6;
  const widths = [26, 10, 9, 9, 11, 9, 18];
  const rows = [
    line(['', 'median ms', 'CPU ms', 'MB/s', 'rows/s', 'peak RSS', 'runs (ms)'], widths),
    ...(
      [
        ['ours: import + report', ours, file],
        ['DuckDB: read + SQL', duckdb, file],
        ['plain read (fs stream)', plain, file],
        ...(doubled ? [['ours, doubled file', doubled.ours, doubled.file] as const] : []),
      ] as const
    ).map(([name, m, fl]) =>
      line(
        [
          name,
          fmt(m.ms),
          fmt(m.cpuMs),
          fmt(fl.bytes / 1e6 / (m.ms / 1000)),
          fmt(fl.rows / (m.ms / 1000)),
          `${fmt(m.peakRssMb)} MB`,
          m.all.map((x) => fmt(x)).join(' '),
        ],
        widths,
      ),
    ),
  ];
  const g = GOALS[file.kind];
  const vsDuck = ours.ms / duckdb.ms;
  const vsPlain = ours.ms / plain.ms;
  const goals = [
    `ours/DuckDB     ${fmt(vsDuck, 2)}x  (goal <= ${g.duckdb}x)  ${verdict(vsDuck <= g.duckdb)}` +
      `   [CPU time: ${fmt(ours.cpuMs / duckdb.cpuMs, 2)}x; DuckDB runs on every core]`,
    `ours/plain read ${fmt(vsPlain, 2)}x${g.plain === null ? '' : `  (goal <= ${g.plain}x)  ${verdict(vsPlain <= g.plain)}`}`,
    `peak RSS        ${fmt(ours.peakRssMb)} MB  (goal <= ${g.rssMb} MB)  ${verdict(ours.peakRssMb <= g.rssMb)}`,
  ];
  if (doubled) {
    const growth = doubled.ours.peakRssMb / ours.peakRssMb;
    goals.push(
      `RSS when doubled ${fmt(doubled.ours.peakRssMb)} MB = ${fmt(growth, 2)}x  (goal: flat, <= ${FLAT}x and <= ${g.rssMb} MB)  ${verdict(growth <= FLAT && doubled.ours.peakRssMb <= g.rssMb)}`,
    );
  }
  const check = compareFigures(ours.figures ?? [], duckdb.figures ?? []);
  const checkLine = check.equal
    ? `check vs DuckDB: EQUAL (${check.compared} service-month rows, largest relative difference ${check.maxDiff.toExponential(1)})`
    : `check vs DuckDB: DIFFERENT (${check.problems.length} problems)\n    ${check.problems.slice(0, 10).join('\n    ')}`;
  return [
    `${file.kind} log: ${fmt(file.rows)} rows, ${fmt(mb)} MB  (${file.path})`,
    ...rows.map((r) => '  ' + r),
    ...goals.map((r) => '  ' + r),
    '  ' + checkLine,
  ];
}

export async function runBench(script: string, o: BenchOptions): Promise<void> {
  const log = (m: string): void => console.log(m);
  log(
    `machine: ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  log(
    `runs per task: ${o.runs} (median), in rounds of one run of each task, each in a fresh process; files read from the page cache`,
  );
  log(
    `ours = import + full monthly report as the CLI's text formats build it (maxIncidents: ${BENCH_MAX_INCIDENTS}: no incident rows)`,
  );
  log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (wall times stretch when other work shares the cores)\n`,
  );
  const sections: string[][] = [];
  for (const kind of o.kinds) {
    const rows = kind === 'status' ? o.statusRows : o.intervalRows;
    const file = ensureLog(o.dataDir, kind, rows, o.seed, log);
    const doubledFile = o.double ? ensureLog(o.dataDir, kind, rows * 2, o.seed, log) : null;
    log(`measuring ${kind} ...`);
    const tasks: Task[] = [
      { task: 'plain', path: file.path },
      { task: 'ours', path: file.path, withFigures: true },
      { task: 'duckdb', path: file.path, withFigures: true },
      ...(doubledFile ? [{ task: 'ours', path: doubledFile.path }] : []),
    ];
    const [plain, ours, duckdb, doubled] = await measureRounds(script, tasks, o.runs);
    const f: FileFigures = {
      file,
      plain: plain!,
      ours: ours!,
      duckdb: duckdb!,
      doubled: doubledFile ? { file: doubledFile, ours: doubled! } : null,
    };
    const section = printFile(f);
    log('\n' + section.join('\n') + '\n');
    sections.push(section);
  }
  if (o.recompute) {
    log('measuring recompute ...');
    const r = await measureRecompute(o.dataDir, o.seed, log);
    sections.push([
      'recompute after a settings change (in process, median of 5):',
      `  target change, ${fmt(r.targetRecords)} records over ${r.targetMonths} months: ${fmt(r.targetMs, 1)} ms, CPU ${fmt(r.targetCpuMs, 1)} ms  (goal < 16 ms)  ${verdict(r.targetMs < 16)}`,
      `  time-zone change, ${fmt(r.zoneRecords)} records: ${fmt(r.zoneMs, 1)} ms, CPU ${fmt(r.zoneCpuMs, 1)} ms  (goal < 100 ms)  ${verdict(r.zoneMs < 100)}`,
    ]);
  }
  log('==== summary ====');
  for (const s of sections) log(s.join('\n') + '\n');
}
