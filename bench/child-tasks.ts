import type { LogKind } from './data-files';
import { duckdbFigures } from './duckdb-reference';
import { reportFromChild } from './measure';
import { threadSecondCore } from '../core/import/source/parallel-read/helper-thread';
import { join } from 'node:path';
import { PLATFORM_SWEEP_BUNDLE, threadPlatformSweep } from '../core/compute/platform-sweep-thread';
import { importAndReport, monthFigures } from './ours';
import { plainRead } from './plain-read';
import { hostilePdfRun, hostileRun } from './hostile-run';

const kindOf = (path: string): LogKind => (/(^|\/)status-[^/]*$/.test(path) ? 'status' : 'interval');

/** Entry of a child process: `bench.js --child <task> <file> [--figures]`. */
export async function runChildTask(task: string, path: string, withFigures: boolean): Promise<void> {
  switch (task) {
    case 'plain':
      return reportFromChild(async () => {
        await plainRead(path);
        return {};
      });
    case 'ours':
      return reportFromChild(async () => {
        // exactly as the CLI runs: the same bundle serves the second import thread, out/platform-sweep.js `*`'s
        // sweep (core/cli/main.ts)
        const { rows, report } = await importAndReport(
          path,
          threadSecondCore(__filename),
          threadPlatformSweep(join(__dirname, PLATFORM_SWEEP_BUNDLE)),
        );
        return withFigures ? { rows, figures: monthFigures(report) } : { rows };
      });
    case 'hostile':
      return reportFromChild(async () => ({ outcome: await hostileRun(path) }));
    case 'hostile-pdf':
      return reportFromChild(async () => ({ outcome: await hostilePdfRun(path) }));
    case 'duckdb':
      return reportFromChild(async () => {
        const figures = await duckdbFigures(kindOf(path), path);
        return withFigures ? { figures } : {};
      });
    default:
      throw new Error(`unknown bench task ${task}`);
  }
}
