/** `sla run FILE.json ...`: the command line that regenerates a saved report (issue 16). */
import { parseArgs } from 'node:util';
import { UsageError } from './usage';

export interface RunArgs {
  command: 'run';
  /** the report file, as typed */
  file: string;
  /** where relative output paths land instead of the report file's folder */
  outDir: string | null;
  /** days over the file's range or range preset, for one run */
  from: string | null;
  to: string | null;
}

const str = { type: 'string' } as const;

export function parseRunArgs(argv: readonly string[]): RunArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { 'out-dir': str, from: str, to: str },
    });
  } catch (e) {
    throw new UsageError(`run: ${(e as Error).message}`);
  }
  const { values: v, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError('missing report file: sla run <report-file.json> [--out-dir DIR]');
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}": one report file per run`);
  return {
    command: 'run',
    file: positionals[0]!,
    outDir: v['out-dir'] ?? null,
    from: v.from ?? null,
    to: v.to ?? null,
  };
}
