import { join } from 'node:path';
import { parseCliArgs, type ReportArgs } from './args';
import { USAGE, UsageError } from './usage';
import { InputError } from './input-error';
import { settingsFromArgs } from './settings-from-args';
import { MAX_MESSAGE_CHARS, readSettingsFile } from '../io/read-settings-file';
import { clipText } from '../format/clip-text';
import { terminalText } from '../print/terminal-text';
import { serveSecondHalf, threadSecondCore } from '../import/source/parallel-read/helper-thread';
import { PLATFORM_SWEEP_BUNDLE, threadPlatformSweep } from '../compute/platform-sweep-thread';
import { readOpenSloFile } from '../slo/read-openslo-file';
import { sloNoteText, SloFileError, type SloRequest } from '../slo/read-openslo';
import { unappliedSloNotes } from '../slo/apply-openslo';
import { quickAnswer } from '../compute/quick-answer';
import { quickJson, quickTable } from '../print/quick-text';
import { checkOutputs, produceReport, type Cores, type JobOutput } from './report-job';
import { runReportFile } from './run-report-file';

/**
 * The built CLI reads a large status log on both cores (its own bundle serves the second thread), and sweeps
 * a large log's `*` on a second thread (out/platform-sweep.js).
 */
const cores: Cores = {};

/** The files this run reads, which no output may replace. */
const inputsOf = (args: ReportArgs): string[] =>
  // a server source's `file` is its URL, no file of this machine
  [args.prometheus ? null : args.file, args.settings, args.slo, args.logo].filter((f): f is string => f !== null);

const note = (message: string): void => void process.stderr.write(`sla: ${terminalText(message)}\n`);

async function report(args: ReportArgs): Promise<void> {
  const inputs = inputsOf(args);
  const outputs: JobOutput[] = [
    { format: args.format, path: args.out, label: '--out', episodes: args.episodes, statusDays: args.statusDays },
  ];
  if (args.pdf !== null) outputs.push({ format: 'pdf', path: args.pdf, label: '--pdf' });
  // bad output paths are refused before the work, not after it; the writer checks again when it writes
  await checkOutputs([...outputs, { path: args.exportSlo, label: '--export-slo' }], inputs);
  const slo = args.slo === null ? null : await readSlo(args.slo);
  const settings = settingsFromArgs(args, args.settings === null ? null : await readSettingsFile(args.settings), slo);
  await produceReport(
    { source: args, settings, inputs, outputs, exportSlo: args.exportSlo, logo: args.logo },
    cores,
    note,
  );
}

/** Reads --slo; what it read but does not apply goes to stderr, one line each, and the report goes on. */
async function readSlo(path: string): Promise<SloRequest> {
  let request: SloRequest;
  try {
    request = await readOpenSloFile(path);
  } catch (e) {
    if (e instanceof SloFileError) throw new InputError(e.message);
    throw e;
  }
  for (const note of [...request.notes, ...unappliedSloNotes(request)]) {
    process.stderr.write(`sla: note: ${terminalText(sloNoteText(path, note))}\n`);
  }
  return request;
}

/** An error as the one line the CLI prints: at most MAX_MESSAGE_CHARS, and inert, whatever it quotes. */
function errorLine(e: unknown): string {
  return clipText(terminalText(e instanceof Error ? e.message : String(e)), MAX_MESSAGE_CHARS - 1);
}

/** Runs the CLI and returns its exit status: 0 done, 1 bad input, 2 bad usage (SPEC 7). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args.command === 'quick') {
      const answer = quickAnswer(args.question);
      process.stdout.write(args.format === 'json' ? quickJson(answer) : quickTable(answer));
      return 0;
    }
    if (args.command === 'run') {
      await runReportFile(args, cores, note);
      return 0;
    }
    await report(args);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sla: ${errorLine(e)}\nRun "sla --help" to see every option.\n`);
      return 2;
    }
    // bad input (the log, a settings file), an output path we cannot write, Chromium missing for --pdf, ...:
    // one line, never a stack trace
    process.stderr.write(`sla: ${errorLine(e)}\n`);
    return 1;
  }
}

// vitest imports this module as ESM, where `require` does not exist; the built CLI is CommonJS. In a thread
// the CLI started for the second half of a log, the bundle only serves that half.
if (!serveSecondHalf() && typeof require !== 'undefined' && require.main === module) {
  cores.secondCore = threadSecondCore(__filename);
  cores.platformSweeper = threadPlatformSweep(join(__dirname, PLATFORM_SWEEP_BUNDLE));
  // `sla report ... | head` closes the pipe early: that is the reader's choice, not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
