import { join } from 'node:path';
import { parseCliArgs, type ReportArgs } from './args';
import { USAGE, UsageError } from './usage';
import { InputError } from './input-error';
import { settingsFromArgs } from './settings-from-args';
import { checkOutputTarget, writeFileAtomic } from '../io/write-file-atomic';
import { MAX_MESSAGE_CHARS, readSettingsFile } from '../io/read-settings-file';
import { clipText } from '../import/shape/clip-text';
import { tableChunks } from '../print/report-table';
import { terminalText } from '../print/terminal-text';
import { reportText } from '../print/report-text';
import { sourceFromArgs } from './source-from-args';
import { writeToStdout } from './stdout-writer';
import { serveSecondHalf, threadSecondCore } from '../import/source/parallel-read/helper-thread';
import type { SecondCore } from '../import/source/parallel-read/status-log-halves';
import { buildReportOnCores } from '../report/index';
import { PLATFORM_SWEEP_BUNDLE, threadPlatformSweep } from '../compute/platform-sweep-thread';
import type { PlatformSweeper } from '../compute/platform-sweep';
import type { ReportModel } from '../model/report-model';
import { FULL_REGISTER_LIMIT, PRINT_INCIDENT_LIMIT } from '../pdf/print-model';
import { readOpenSloFile } from '../slo/read-openslo-file';
import { sloNoteText, SloFileError, type SloRequest } from '../slo/read-openslo';
import { unappliedSloNotes } from '../slo/apply-openslo';
import { writeOpenSlo } from '../slo/write-openslo';
import { quickAnswer } from '../compute/quick-answer';
import { quickJson, quickTable } from '../print/quick-text';

/** The report's text as it is made: the table a service block at a time (200,000 services stay out of one string). */
function render(model: ReportModel, args: ReportArgs): Iterable<string> {
  return args.format === 'table'
    ? tableChunks(model, model.settings.report.language)
    : [reportText(model, args.format, { statusDays: args.statusDays })];
}

/**
 * The built CLI reads a large status log on both cores (its own bundle serves the second thread), and sweeps
 * a large log's `*` on a second thread (out/platform-sweep.js).
 */
let secondCore: SecondCore | undefined;
let platformSweeper: PlatformSweeper | undefined;

/** The files this run reads, which no output may replace. */
const inputsOf = (args: ReportArgs): string[] =>
  // a server source's `file` is its URL, no file of this machine
  [args.prometheus ? null : args.file, args.settings, args.slo].filter((f): f is string => f !== null);

/** Refuses bad output paths before the work, not after it; the writer checks again when it writes. */
async function checkOutputs(args: ReportArgs): Promise<void> {
  const inputs = inputsOf(args);
  const out = args.out === null ? null : await checkOutputTarget(args.out, inputs);
  const pdf = args.pdf === null ? null : await checkOutputTarget(args.pdf, inputs);
  if (args.exportSlo !== null) await checkOutputTarget(args.exportSlo, inputs);
  const sameFile =
    out !== null &&
    pdf !== null &&
    (out.path === pdf.path ||
      (out.existing !== null && pdf.existing?.dev === out.existing.dev && pdf.existing.ino === out.existing.ino));
  if (sameFile) {
    // the PDF would silently replace the text report written a moment before
    throw new InputError(`--out and --pdf name the same file (${args.out}); give each its own`);
  }
}

async function report(args: ReportArgs): Promise<void> {
  await checkOutputs(args);
  const slo = args.slo === null ? null : await readSlo(args.slo);
  const settings = settingsFromArgs(args, args.settings === null ? null : await readSettingsFile(args.settings), slo);
  const imported = await sourceFromArgs(args, secondCore).read(settings);
  let model: ReportModel;
  try {
    // the text formats list no incidents and the PDF lists the top ones: a million-row log must not build a
    // million incident rows it never shows
    model = await buildReportOnCores(imported, settings, platformSweeper, undefined, {
      maxIncidents:
        args.pdf === null ? 0 : settings.report.fullRegister === true ? FULL_REGISTER_LIMIT : PRINT_INCIDENT_LIMIT,
      listEpisodes: args.episodes,
    });
  } catch (e) {
    // e.g. a range of centuries from a mistyped year: the log's fault, so name the log
    throw new InputError(`${args.file}: ${(e as Error).message}`);
  }
  const text = render(model, args);
  if (args.out !== null) await writeFileAtomic(args.out, text, undefined, inputsOf(args));
  else await writeToStdout(text);
  if (args.exportSlo !== null) {
    const slos = writeOpenSlo(model.settings, model.services, model.monthKeys[0]!);
    await writeFileAtomic(args.exportSlo, slos, undefined, inputsOf(args));
  }
  if (args.pdf !== null) {
    // loaded only when asked: it needs playwright-core and a Chromium on the machine
    const { renderPdf } = await import('../pdf');
    await renderPdf(model, {
      outPath: args.pdf,
      inputs: inputsOf(args),
      note: (message) => process.stderr.write(`sla: ${terminalText(message)}\n`),
    });
  }
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
