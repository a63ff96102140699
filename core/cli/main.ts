import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCliArgs, type ReportArgs } from './args';
import { USAGE, UsageError } from './usage';
import { InputError } from './input-error';
import { settingsFromArgs } from './settings-from-args';
import { writeFileAtomic } from '../io/write-file-atomic';
import { formatTable } from '../print/report-table';
import { reportText } from '../print/report-text';
import { sourceFromArgs } from './source-from-args';
import { serveSecondHalf, threadSecondCore } from '../import/source/parallel-read/helper-thread';
import type { SecondCore } from '../import/source/parallel-read/status-log-halves';
import { buildReportOnCores } from '../report/index';
import { PLATFORM_SWEEP_BUNDLE, threadPlatformSweep } from '../compute/platform-sweep-thread';
import type { PlatformSweeper } from '../compute/platform-sweep';
import { ImportError } from '../model/import-result';
import type { ReportModel } from '../model/report-model';
import { PRINT_INCIDENT_LIMIT } from '../pdf/print-model';

async function readSettingsFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError(
      `${path}: cannot read the settings file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${path}: the settings file is not valid JSON (${(e as Error).message})`);
  }
}

function render(model: ReportModel, args: ReportArgs): string {
  return args.format === 'table' ? formatTable(model, model.settings.report.language) : reportText(model, args.format);
}

/**
 * The built CLI reads a large status log on both cores (its own bundle serves the second thread), and sweeps
 * a large log's `*` on a second thread (out/platform-sweep.js).
 */
let secondCore: SecondCore | undefined;
let platformSweeper: PlatformSweeper | undefined;

async function report(args: ReportArgs): Promise<void> {
  const settings = settingsFromArgs(args, args.settings === null ? null : await readSettingsFile(args.settings));
  const imported = await sourceFromArgs(args, secondCore).read(settings);
  let model: ReportModel;
  try {
    // the text formats list no incidents and the PDF lists the top ones: a million-row log must not build a
    // million incident rows it never shows
    model = await buildReportOnCores(imported, settings, platformSweeper, undefined, {
      maxIncidents: args.pdf === null ? 0 : PRINT_INCIDENT_LIMIT,
    });
  } catch (e) {
    // e.g. a range of centuries from a mistyped year: the log's fault, so name the log
    throw new InputError(`${args.file}: ${(e as Error).message}`);
  }
  const text = render(model, args);
  if (args.out !== null) await writeFileAtomic(args.out, text);
  else process.stdout.write(text);
  if (args.pdf !== null) {
    // loaded only when asked: it needs playwright-core and a Chromium on the machine
    const { renderPdf } = await import('../pdf');
    await renderPdf(model, { outPath: args.pdf });
  }
}

/** Runs the CLI and returns its exit status: 0 done, 1 bad input, 2 bad usage (SPEC 7). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    await report(args);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sla: ${e.message}\nRun "sla --help" to see every option.\n`);
      return 2;
    }
    if (e instanceof ImportError || e instanceof InputError) {
      process.stderr.write(`sla: ${e.message}\n`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    // an output path we cannot write, Chromium missing for --pdf, ...: still one line, never a stack trace
    process.stderr.write(`sla: ${err.message ?? String(e)}\n`);
    return 1;
  }
}

// vitest imports this module as ESM, where `require` does not exist; the built CLI is CommonJS. In a thread
// the CLI started for the second half of a log, the bundle only serves that half.
if (!serveSecondHalf() && typeof require !== 'undefined' && require.main === module) {
  secondCore = threadSecondCore(__filename);
  platformSweeper = threadPlatformSweep(join(__dirname, PLATFORM_SWEEP_BUNDLE));
  // `sla report ... | head` closes the pipe early: that is the reader's choice, not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
