import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { PeriodFigures } from '@core/model/report-model';
import { ROOT } from './app-harness';

export interface CliReport {
  source: { file: string; format: string; records: number; skipped: number };
  months: PeriodFigures[];
  summary: PeriodFigures[];
  diagnostics: { line: number; message: string }[];
}

/** `sla report <file> --format json` as a user would run it: the figures the dashboard must show. */
export function cliReport(file: string, args: string[] = []): CliReport {
  execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-cli.mjs')], { cwd: ROOT });
  const out = execFileSync(process.execPath, [join(ROOT, 'out/cli.js'), 'report', file, '--format', 'json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as CliReport;
}

export function summaryOf(report: CliReport, service: string): PeriodFigures {
  const s = report.summary.find((r) => r.service === service);
  if (!s) throw new Error(`no summary row for ${service}`);
  return s;
}
