import { dirname, resolve } from 'node:path';
import { readJsonFile, SettingsFileError } from '../io/read-settings-file';
import { parseReportFile, type ReportFile } from '../report-file/report-file';
import { outputName } from '../report-file/output-name';
import { parseSettings, type Settings } from '../model/settings';
import { InputError } from './input-error';
import { withPresetRead } from '../time/period-presets';
import { UsageError } from './usage';
import { produceReport, type Cores, type JobOutput, type ReportJob } from './report-job';
import type { RunArgs } from './run-args';

/**
 * `sla run FILE.json`: the outputs of a saved report (core/report-file), made by the same job as `sla report`
 * with the same settings. Relative paths in the file are relative to its folder (outputs: to --out-dir when
 * given), so the file and its log can move together and a scheduler can run it from anywhere.
 */
export async function runReportFile(
  args: RunArgs,
  cores: Cores,
  note: (message: string) => void,
  now: number = Date.now(),
): Promise<void> {
  let file: ReportFile;
  try {
    file = await readJsonFile(args.file, args.file, 'a report file', parseReportFile);
  } catch (e) {
    throw e instanceof SettingsFileError ? new InputError(e.message) : e;
  }
  const folder = dirname(resolve(args.file));
  // one instant for the whole run: the range a preset names is the one the source is read over and reported
  const settings = withPresetRead(withRange(file.settings, args), now);
  const source = sourceOf(file, folder, args.file);
  if (source.prometheus !== null && (settings.range.from === null || settings.range.to === null)) {
    throw new InputError(
      `${args.file}: source.prometheus needs the report range: settings.range.from and settings.range.to, or --from and --to`,
    );
  }
  const outBase = args.outDir === null ? folder : resolve(args.outDir);
  const outputs: JobOutput[] = file.outputs.map((o, i) => ({
    format: o.format,
    path: o.file,
    label: `outputs[${i}].file`,
    episodes: o.episodes === true,
    statusDays: o.statusDays === true,
  }));
  const job: ReportJob = {
    source,
    settings,
    // the report file is read too: no output may replace it
    inputs: [args.file, ...(source.prometheus === null ? [source.file] : [])],
    outputs,
    exportSlo: null,
    expandPath: (path, model) => resolve(outBase, outputName(path, model)),
    now,
  };
  await produceReport(job, cores, note);
}

/**
 * --from/--to over the file's range, its preset included: a scheduler names other days without editing the file
 * (a file saved with "last month" needs neither).
 */
function withRange(settings: Settings, args: RunArgs): Settings {
  if (args.from === null && args.to === null) return settings;
  const range = { from: args.from ?? settings.range.from, to: args.to ?? settings.range.to };
  const r = parseSettings({ ...settings, range });
  if (!r.ok) throw new UsageError(`run: --from/--to: ${r.error}`);
  return r.value;
}

function sourceOf(file: ReportFile, folder: string, name: string): ReportJob['source'] {
  if ('log' in file.source) return { file: resolve(folder, file.source.log), prometheus: null };
  const p = file.source.prometheus;
  if (p.query.trim() === '') throw new InputError(`${name}: source.prometheus.query is empty`);
  return {
    file: p.url,
    prometheus: {
      url: p.url,
      query: p.query,
      serviceLabel: p.serviceLabel ?? null,
      regionLabel: p.regionLabel === null ? 'none' : (p.regionLabel ?? null),
      timeout: p.timeoutSeconds === undefined ? null : String(p.timeoutSeconds),
      maxSeries: p.maxSeries === undefined ? null : String(p.maxSeries),
    },
  };
}
