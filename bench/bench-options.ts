import type { LogKind } from './data-files';

export interface BenchOptions {
  dataDir: string;
  seed: number;
  /** measured runs per task; the median is reported */
  runs: number;
  statusRows: number;
  intervalRows: number;
  /** also measure files of twice the rows (is peak RSS flat?) */
  double: boolean;
  kinds: LogKind[];
  recompute: boolean;
  /** `--hostile`: time the hostile shapes of issue 19 instead (bench/hostile-shapes.ts); `--shape`: only those named */
  hostile: boolean;
  shapes: string[];
}

export const USAGE = `usage: npm run bench -- [--small] [--status-rows N] [--interval-rows N] [--seed N] [--runs N]
                      [--no-double] [--only status|interval] [--no-recompute] [--data DIR] [--sparse]
       npm run bench -- --hostile [--shape NAME]... [--runs N] [--data DIR]
       npm run bench -- --shapes [--rows N] [--scale F] [--runs N] [--shape unique|fleet|daily] [--figures-out FILE]
  default: 10,000,000-row status log and 1,000,000-row interval log; --small: 1,000,000 and 100,000;
  --sparse: only the sparse status shapes (streams sampled years apart), each also with twice the streams;
  --hostile: only the hostile shapes of issue 19 (a stray quote, a 1 GiB line, 200,000 services, ...), each
  timed once unless --runs is given; --shape picks those whose name contains NAME;
  --shapes: issue 17's shapes (unique timestamps, 10,000 / 20,000 sparse streams, 2,000 daily streams over
  5 / 10 years) against DuckDB, each with its double (bench/fleet-shapes.ts)`;

function positiveInt(flag: string, v: string | undefined): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
  return n;
}

export function parseBenchOptions(argv: readonly string[], defaultDataDir: string): BenchOptions {
  const o: BenchOptions = {
    dataDir: defaultDataDir,
    seed: 42,
    runs: 3,
    statusRows: 10_000_000,
    intervalRows: 1_000_000,
    double: true,
    kinds: ['status', 'interval'],
    recompute: true,
    hostile: false,
    shapes: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string | undefined => argv[++i];
    if (a === '--small') {
      o.statusRows = 1_000_000;
      o.intervalRows = 100_000;
    } else if (a === '--status-rows') o.statusRows = positiveInt(a, next());
    else if (a === '--interval-rows') o.intervalRows = positiveInt(a, next());
    else if (a === '--seed') o.seed = positiveInt(a, next());
    else if (a === '--runs') o.runs = positiveInt(a, next());
    else if (a === '--no-double') o.double = false;
    else if (a === '--double') o.double = true;
    else if (a === '--no-recompute') o.recompute = false;
    else if (a === '--data') o.dataDir = next() ?? o.dataDir;
    else if (a === '--hostile') o.hostile = true;
    else if (a === '--shape') {
      const name = next();
      if (!name) throw new Error(`--shape needs a name\n${USAGE}`);
      o.shapes.push(name);
    } else if (a === '--only') {
      const k = next();
      if (k !== 'status' && k !== 'interval') throw new Error(`--only takes status or interval\n${USAGE}`);
      o.kinds = [k];
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return o;
}
