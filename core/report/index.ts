import type { ReportModel } from '../model/report-model';
import type { Settings } from '../model/settings';
import { createReportEngine, type ReportEngineOptions, type ReportInput } from './report-engine';
import type { PlatformSweeper } from '../compute/platform-sweep';

export { createReportEngine, type ReportEngine, type ReportEngineOptions, type ReportInput } from './report-engine';
export { reportJson } from '../print/month-json';

/**
 * The one object every view draws (SPEC 5-6): per-service monthly figures, quarters, years, the whole-range
 * summary, incidents and the allowed-downtime table. For repeated builds over the same import (the app
 * recomputing on every edit) use createReportEngine(input).build(settings), which keeps the work that a
 * settings change does not invalidate.
 */
export function buildReport(
  input: ReportInput,
  settings: Settings,
  now?: number,
  options: ReportEngineOptions = {},
): ReportModel {
  return createReportEngine(input, { retainSweeps: false, ...options }).build(settings, now);
}

/**
 * buildReport with `*` swept on another thread (PlatformSweeper) while this one sweeps the services: the CLI
 * and the bench, which build one report of a log that may be large. The same model as buildReport's.
 */
export async function buildReportOnCores(
  input: ReportInput,
  settings: Settings,
  sweeper: PlatformSweeper | undefined,
  now?: number,
  options: ReportEngineOptions = {},
): Promise<ReportModel> {
  const engine = createReportEngine(input, { retainSweeps: false, ...options, platformSweeper: sweeper });
  await engine.prepare(settings);
  return engine.build(settings, now);
}
