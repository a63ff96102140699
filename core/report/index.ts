import type { ReportModel } from '../model/report-model';
import type { Settings } from '../model/settings';
import {
  createReportEngine,
  type ReportEngine,
  type ReportEngineOptions,
  type ReportInput,
  type ReportStream,
} from './report-engine';
import type { PlatformSweeper } from '../compute/platform-sweep';

export {
  createReportEngine,
  type ReportEngine,
  type ReportEngineOptions,
  type ReportInput,
  type ReportStream,
  type ServiceRows,
} from './report-engine';
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
export async function buildReportOnCores(...args: Parameters<typeof preparedEngine>): Promise<ReportModel> {
  return (await preparedEngine(...args)).build(args[1], args[3]);
}

/**
 * buildReportOnCores a service at a time (ReportEngine.stream): for a one-shot output that writes each service as
 * it comes and needs no other's rows (the terminal table), so no service's rows are kept.
 */
export async function streamReportOnCores(...args: Parameters<typeof preparedEngine>): Promise<ReportStream> {
  return (await preparedEngine(...args)).stream(args[1], args[3]);
}

/** A one-shot engine whose `*` was swept on the sweeper's thread, if it has one, while this one swept services. */
async function preparedEngine(
  input: ReportInput,
  settings: Settings,
  sweeper: PlatformSweeper | undefined,
  now?: number,
  options: ReportEngineOptions = {},
): Promise<ReportEngine> {
  const engine = createReportEngine(input, { retainSweeps: false, ...options, platformSweeper: sweeper });
  await engine.prepare(settings);
  return engine;
}
