import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ReportArgs, OutputFormat } from './args';
import { InputError } from './input-error';
import { sourceFromArgs } from './source-from-args';
import { checkOutputTarget, writeFileAtomic } from '../io/write-file-atomic';
import { tableChunks } from '../print/report-table';
import { writeToStdout } from './stdout-writer';
import { reportText } from '../print/report-text';
import { reportJsonChunks } from '../print/report-json-chunks';
import { outageListCsv } from '../print/outage-list-csv';
import { outageList } from '../compute/outage-list';
import { buildReportOnCores, streamReportOnCores, type ServiceRows } from '../report/index';
import { factsOf, type ServiceFacts } from '../report/service-facts';
import { FULL_REGISTER_LIMIT, PRINT_INCIDENT_LIMIT } from '../pdf/print-model';
import { writeOpenSlo } from '../slo/write-openslo';
import { CoverLogoError, readCoverLogo } from '../pdf/cover-logo';
import type { SecondCore } from '../import/source/parallel-read/status-log-halves';
import type { PlatformSweeper } from '../compute/platform-sweep';
import type { ReportModel } from '../model/report-model';
import type { RecordTable } from '../model/records';
import type { Settings } from '../model/settings';

/** One file (or standard output) a report run writes. */
export interface JobOutput {
  format: OutputFormat | 'pdf';
  /** null: standard output */
  path: string | null;
  /** how messages name where it came from: `--out`, `outputs[2].file` */
  label: string;
  /** JSON: list the episodes (`--episodes`) */
  episodes?: boolean;
  /** JSON: add the 90-day status bars (`--status-days`) */
  statusDays?: boolean;
}

/**
 * One report run: `sla report` builds it from its flags, `sla run` from a report file, and both go through
 * produceReport, so a saved report is the same pipeline as the command line it stands for.
 */
export interface ReportJob {
  source: Pick<ReportArgs, 'file' | 'prometheus'>;
  settings: Settings;
  /** the files this run reads, which no output may replace */
  inputs: string[];
  outputs: JobOutput[];
  /** where to write the effective targets as OpenSLO v1 */
  exportSlo: string | null;
  /** the PDF cover's logo file (`--logo`); read and checked before the log is */
  logo?: string | null;
  /** fills an output path's placeholders from the built report (`sla run`'s `{period}`, `{date}`) */
  expandPath?: (path: string, model: ReportModel) => string;
  /** the instant a range preset is read on (`sla run` reads it once for the source and the report); absent: now */
  now?: number;
}

/** The threads the built CLI lends a run (see main.ts). */
export interface Cores {
  secondCore?: SecondCore;
  platformSweeper?: PlatformSweeper;
}

/** Refuses bad output paths: an input, something not a regular file, or two outputs on one file. */
export async function checkOutputs(
  outputs: readonly Pick<JobOutput, 'path' | 'label'>[],
  inputs: readonly string[],
): Promise<void> {
  const seen: { label: string; path: string; dev: bigint | null; ino: bigint | null; as: string }[] = [];
  for (const o of outputs) {
    if (o.path === null) continue;
    const { path, existing } = await checkOutputTarget(o.path, inputs);
    if (existing === null && !(await isFolder(dirname(path)))) {
      throw new InputError(`${o.label} ${o.path}: the folder ${dirname(path)} does not exist`);
    }
    const same = seen.find(
      (s) => s.path === path || (existing !== null && s.dev === existing.dev && s.ino === existing.ino),
    );
    // the later output would silently replace the one written a moment before
    if (same) throw new InputError(`${same.label} and ${o.label} name the same file (${same.as}); give each its own`);
    seen.push({ label: o.label, path, dev: existing?.dev ?? null, ino: existing?.ino ?? null, as: o.path });
  }
}

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** The outputs written as the engine makes each service's rows, when one is the job's only output. */
const STREAMED_FORMATS = new Set<JobOutput['format']>(['table', 'json']);

/** An output's text as it is made: the table a service block at a time (200,000 services stay out of one string). */
function render(
  model: ReportModel,
  table: RecordTable,
  o: JobOutput,
  rows: Iterable<ServiceRows> | null,
): Iterable<string> {
  switch (o.format) {
    case 'table':
      return tableChunks(model, model.settings.report.language, rows ? factsOfRows(rows) : undefined);
    case 'episodes-csv':
      return [outageListCsv(outageList(table, model.episodes ?? [], model.settings), model.settings.reportTimeZone)];
    case 'pdf':
      throw new Error('a PDF is printed, not rendered as text');
    default: {
      // episodes listed for another output stay out of a JSON that did not ask for them
      const { episodes, ...rest } = model;
      const shown = o.episodes && episodes ? { ...rest, episodes } : rest;
      const extras = { statusDays: o.statusDays === true };
      if (rows && o.format === 'json') return reportJsonChunks(shown, rows, extras);
      return [reportText(shown, o.format, extras)];
    }
  }
}

function* factsOfRows(rows: Iterable<ServiceRows>): Generator<ServiceFacts> {
  for (const r of rows) yield factsOf(r.service, r.months, r.years, r.summary);
}

/** Reads the source, builds the report once, and writes every output of the job. */
export async function produceReport(job: ReportJob, cores: Cores, note: (message: string) => void): Promise<void> {
  if (!job.expandPath) await checkOutputs([...job.outputs, exportSloOutput(job)], job.inputs);
  const pdf = job.outputs.some((o) => o.format === 'pdf');
  const outageRows = job.outputs.some((o) => o.format === 'episodes-csv');
  const { settings } = job;
  // a refused logo is said before the log is read, not after the work
  const logo = pdf && job.logo ? await coverLogo(job.logo) : undefined;
  // only the PDF and the outage list name records, so only they need the log's ids, titles and lines
  const imported = await sourceFromArgs(job.source, cores.secondCore, pdf || outageRows).read(settings);
  // a lone table or JSON is written a service at a time as the engine makes its rows, so none are kept (JSON: but
  // the summary rows, which come after every month): the rows of 200,000 services were most of the CLI's memory
  // (issue 19 item 3)
  const streamed = job.outputs.length === 1 && STREAMED_FORMATS.has(job.outputs[0]!.format);
  let model: ReportModel;
  let rows: Iterable<ServiceRows> | null = null;
  try {
    const options = {
      // the text formats list no incidents and the PDF lists the top ones: a million-row log must not build a
      // million incident rows it never shows
      maxIncidents: !pdf ? 0 : settings.report.fullRegister === true ? FULL_REGISTER_LIMIT : PRINT_INCIDENT_LIMIT,
      listEpisodes: outageRows || job.outputs.some((o) => o.episodes === true),
      // only the PDF and a JSON asked for them draw status bars
      statusDays: pdf || job.outputs.some((o) => o.format === 'json' && o.statusDays === true),
    };
    if (streamed) {
      const stream = await streamReportOnCores(imported, settings, cores.platformSweeper, job.now, options);
      model = stream.model;
      rows = stream.services();
    } else model = await buildReportOnCores(imported, settings, cores.platformSweeper, job.now, options);
  } catch (e) {
    // e.g. a range of centuries from a mistyped year: the log's fault, so name the log
    throw new InputError(`${job.source.file}: ${(e as Error).message}`);
  }
  const expand = job.expandPath;
  const outputs = expand ? job.outputs.map((o) => ({ ...o, path: o.path && expand(o.path, model) })) : job.outputs;
  if (expand) await checkOutputs([...outputs, exportSloOutput(job)], job.inputs);
  for (const o of outputs) {
    if (o.format === 'pdf') continue;
    const text = render(model, imported.records, o, rows);
    if (o.path !== null) await writeFileAtomic(o.path, text, undefined, job.inputs);
    else await writeToStdout(text);
  }
  if (job.exportSlo !== null) {
    const slos = writeOpenSlo(model.settings, model.services, model.monthKeys[0]!);
    await writeFileAtomic(job.exportSlo, slos, undefined, job.inputs);
  }
  for (const o of outputs) {
    if (o.format !== 'pdf' || o.path === null) continue;
    // loaded only when asked: it needs playwright-core and a Chromium on the machine
    const { renderPdf } = await import('../pdf');
    await renderPdf(model, { outPath: o.path, inputs: job.inputs, note, logo });
  }
}

/** --logo's file as the cover's data URL; a refusal names the file as typed and is the input's fault (exit 1). */
function coverLogo(path: string): Promise<string> {
  return readCoverLogo(path, path).catch((e: unknown) => {
    throw e instanceof CoverLogoError ? new InputError(`--logo ${e.message}`) : e;
  });
}

const exportSloOutput = (job: ReportJob): Pick<JobOutput, 'path' | 'label'> => ({
  path: job.exportSlo,
  label: '--export-slo',
});
