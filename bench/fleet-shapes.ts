import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFigures } from './compare-figures';
import type { FigureRow } from './figures';
import { generateFleet, generateUniqueTimestamps } from './generate-fleet-shapes';
import { median, runInChild, type RunResult } from './measure';

export const SHAPES_USAGE = `usage: npm run bench -- --shapes [--rows N] [--scale F] [--runs N] [--shape NAME] [--figures-out FILE]
  issue 17's log shapes, each with its double (streams or span): ours and DuckDB on the same files
  --rows N: rows of the 32-stream unique-timestamp log (default 10,000,000; its double has twice the rows
            over twice the span); --scale F: multiplies the streams of the fleet and daily shapes (default 1)
  --shape NAME: only that shape (unique, fleet, daily); --figures-out FILE: our figures of every file as JSON`;

interface ShapeFile {
  label: string;
  path: string;
  make: (path: string) => void;
}

interface Shape {
  name: string;
  /** what doubles between the two files */
  doubles: 'streams' | 'span';
  files: [ShapeFile, ShapeFile];
}

export interface ShapeOptions {
  rows: number;
  scale: number;
  runs: number;
  only: string | null;
  figuresOut: string | null;
}

export function parseShapeOptions(argv: readonly string[], runs: number): ShapeOptions {
  const o: ShapeOptions = { rows: 10_000_000, scale: 1, runs, only: null, figuresOut: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    if (a === '--shapes') continue;
    i++;
    if (a === '--rows' && Number.isInteger(Number(v)) && Number(v) >= 32) o.rows = Number(v);
    else if (a === '--scale' && Number(v) > 0) o.scale = Number(v);
    else if (a === '--runs' && Number.isInteger(Number(v)) && Number(v) > 0) o.runs = Number(v);
    else if (a === '--shape' && ['unique', 'fleet', 'daily'].includes(v ?? '')) o.only = v!;
    else if (a === '--figures-out' && v) o.figuresOut = v;
    else throw new Error(`bad option ${a} ${v ?? ''}\n${SHAPES_USAGE}`);
  }
  return o;
}

const SEED = 17;

function shapes(dir: string, o: ShapeOptions): Shape[] {
  const file = (label: string, name: string, make: (path: string) => void): ShapeFile => ({
    label,
    path: join(dir, `status-${name}.csv`),
    make,
  });
  const fleet = Math.max(1, Math.round(10_000 * o.scale));
  const daily = Math.max(1, Math.round(2_000 * o.scale));
  const unique = (rows: number, years: number): ShapeFile =>
    file(`${rows.toLocaleString('en-US')} rows, ${years} years`, `unique-${rows}x${years}y`, (p) =>
      generateUniqueTimestamps(p, rows, years, SEED),
    );
  const sparse = (streams: number): ShapeFile =>
    file(`${streams.toLocaleString('en-US')} streams`, `fleet-${streams}x3d`, (p) =>
      generateFleet(p, streams, 3, 1, SEED),
    );
  const days = (years: number): ShapeFile =>
    file(`${daily.toLocaleString('en-US')} streams, ${years} years`, `daily-${daily}x${years}y`, (p) =>
      generateFleet(p, daily, 1, years, SEED, true),
    );
  const all: Shape[] = [
    {
      name: 'unique: 32 streams, 1-minute probes, every row its own timestamp',
      doubles: 'span',
      files: [unique(o.rows, 19), unique(o.rows * 2, 38)],
    },
    {
      name: 'fleet: streams sampled every 3 days, each on its own clock, one year',
      doubles: 'streams',
      files: [sparse(fleet), sparse(fleet * 2)],
    },
    { name: 'daily: streams sampled at midnight', doubles: 'span', files: [days(5), days(10)] },
  ];
  return all.filter((s) => o.only === null || s.name.startsWith(o.only + ':'));
}

/** issue 17's goals: ours/DuckDB (0.5x on the 10M-row log, 0.7x on the fleet shapes), RSS, growth */
const GOAL = { unique: 0.5, other: 0.7, rssMb: 150, growth: 1.25 };

const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

/**
 * `npm run bench -- --shapes`: for each shape and its double, ours (import + report) and DuckDB on the same
 * file in rounds, each run in a fresh process; ratios, peak RSS, RSS growth when the shape doubles, and the
 * EQUAL check of every (service, month) figure.
 */
export async function runFleetShapes(script: string, dataDir: string, o: ShapeOptions): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const figuresOut: Record<string, unknown> = {};
  const summary: string[] = [];
  for (const shape of shapes(dataDir, o)) {
    for (const f of shape.files)
      if (!existsSync(f.path)) {
        console.log(`generating ${f.path} ...`);
        f.make(f.path);
      }
    const tasks = shape.files.flatMap((f) => [
      { task: 'ours', path: f.path },
      { task: 'duckdb', path: f.path },
    ]);
    const results: RunResult[][] = tasks.map(() => []);
    for (let i = 0; i < o.runs; i++)
      for (const [k, t] of tasks.entries()) results[k]!.push(await runInChild(script, { ...t, withFigures: i === 0 }));
    const lines = [shape.name];
    const rss: number[] = [];
    const goal = shape.name.startsWith('unique') ? GOAL.unique : GOAL.other;
    shape.files.forEach((f, j) => {
      const ours = results[2 * j]!;
      const duck = results[2 * j + 1]!;
      const ms = median(ours.map((r) => r.ms));
      const duckMs = median(duck.map((r) => r.ms));
      const peak = Math.max(...ours.map((r) => r.peakRssMb));
      rss.push(peak);
      const check = compareFigures(ours[0]!.figures as FigureRow[], duck[0]!.figures as FigureRow[]);
      figuresOut[f.path] = ours[0]!.figures;
      lines.push(
        `  ${f.label}: ${fmt(ours[0]!.rows ?? 0)} rows; ours ${fmt(ms)} ms (CPU ${fmt(median(ours.map((r) => r.cpuMs)))}), ` +
          `DuckDB ${fmt(duckMs)} ms (CPU ${fmt(median(duck.map((r) => r.cpuMs)))}): ${fmt(ms / duckMs, 2)}x ` +
          `(goal <= ${goal}x) ${verdict(ms / duckMs <= goal)}; peak RSS ${fmt(peak)} MB (goal <= ${GOAL.rssMb}) ` +
          `${verdict(peak <= GOAL.rssMb)}, DuckDB ${fmt(Math.max(...duck.map((r) => r.peakRssMb)))} MB`,
        check.equal
          ? `    check vs DuckDB: EQUAL (${check.compared} service-month rows, largest relative difference ${check.maxDiff.toExponential(1)})`
          : `    check vs DuckDB: DIFFERENT (${check.problems.length} problems)\n      ${check.problems.slice(0, 5).join('\n      ')}`,
      );
    });
    const growth = rss[1]! / rss[0]!;
    lines.push(
      `  RSS when the ${shape.doubles} double: ${fmt(growth, 2)}x (goal <= ${GOAL.growth}x) ${verdict(growth <= GOAL.growth)}`,
    );
    console.log(lines.join('\n') + '\n');
    summary.push(...lines);
  }
  if (o.figuresOut) writeFileSync(o.figuresOut, JSON.stringify(figuresOut, null, 1));
  console.log(`==== summary (median of ${o.runs}) ====\n${summary.join('\n')}`);
}
