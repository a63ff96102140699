import { join } from 'node:path';
import { serveSecondHalf } from '../core/import/source/parallel-read/helper-thread';
import { runChildTask } from './child-tasks';
import { runBench, parseBenchOptions } from './run-bench';
import { runSparseShapes } from './sparse-shapes';
import { runHostile } from './run-hostile';
import { parseShapeOptions, runFleetShapes } from './fleet-shapes';

/**
 * `npm run bench`: import + report speed and memory against DuckDB and a plain read (issue 5).
 * The same script is its own child: `--child <task> <file>` runs one measured task in a fresh process.
 */
async function main(argv: string[]): Promise<void> {
  const child = argv.indexOf('--child');
  if (child >= 0) return runChildTask(argv[child + 1]!, argv[child + 2]!, argv.includes('--figures'));
  if (argv.includes('--shapes'))
    return runFleetShapes(__filename, join(process.cwd(), 'bench', 'data'), parseShapeOptions(argv, 3));
  const sparse = argv.includes('--sparse');
  const options = parseBenchOptions(
    argv.filter((a) => a !== '--sparse'),
    join(process.cwd(), 'bench', 'data'),
  );
  if (sparse) return runSparseShapes(__filename, options.dataDir, options.runs);
  if (options.hostile) return runHostile(__filename, { ...options, runs: argv.includes('--runs') ? options.runs : 1 });
  await runBench(__filename, options);
}

// the child that measures our import starts this same bundle again as its second import thread
if (!serveSecondHalf())
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
