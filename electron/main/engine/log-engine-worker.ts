/**
 * The engine of one open log, on its own thread (issue 14): it reads the file, owns the records, and answers
 * "report for these settings" with a ReportModel from a report engine that keeps its sweeps between builds.
 * Neither the main process nor the window ever holds the records. It also previews the log for the
 * column-mapping dialog, so a dialog's many previews start no thread. Started by engine-host.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { importFile, previewFile } from '@core/import';
import { serveSecondHalf, threadSecondCore } from '@core/import/source/parallel-read/helper-thread';
import type { ImportResult } from '@core/model/import-result';
import type { ImportSettings } from '@core/model/settings';
import { buildReport, createReportEngine, type ReportEngine } from '@core/report/index';
import { outageList } from '@core/compute/outage-list';
import { REPORT_INCIDENT_LIMIT } from '../../shared/report-limits';
import type { EngineFailure, EngineWorkerData, FromEngine, ToEngine } from './log-engine-protocol';
import { summarize } from './log-summary';

const post = (message: FromEngine): void => parentPort?.postMessage(message);

function failure(error: unknown): EngineFailure {
  const e = error as { name?: string; message?: string; line?: number };
  return {
    name: e?.name ?? 'Error',
    message: e?.message ?? String(error),
    line: typeof e?.line === 'number' ? e.line : 0,
  };
}

interface Loaded {
  /** the import settings it was read under, as JSON */
  key: string;
  result: ImportResult;
  engine: ReportEngine;
}

function serve(log: EngineWorkerData): void {
  let loaded: Loaded | null = null;
  // a large status log is read in two halves when the machine has the cores: this same file serves the
  // second thread (serveSecondHalf below)
  const secondCore = threadSecondCore(__filename);

  async function load(id: number, settings: ImportSettings): Promise<Loaded> {
    // the old records go before the new ones are read: two copies of a large log need not fit at once
    loaded = null;
    const result = await importFile(log.path, {
      fileName: log.fileName,
      settings,
      // core/import reports about 20 times a second: each report goes straight on to the window
      onProgress: (progress) => post({ type: 'progress', id, progress }),
      secondCore,
    });
    loaded = {
      key: JSON.stringify(settings),
      result,
      // the incident list keeps the rows the window can show (largest impact first)
      engine: createReportEngine(result, { maxIncidents: REPORT_INCIDENT_LIMIT }),
    };
    return loaded;
  }

  async function handle(m: ToEngine): Promise<void> {
    if (m.type === 'preview') {
      const preview = await previewFile(log.path, { fileName: log.fileName, settings: m.settings });
      post({ type: 'previewed', id: m.id, preview });
      return;
    }
    if (m.type === 'import') {
      post({ type: 'imported', id: m.id, summary: summarize((await load(m.id, m.settings)).result) });
      return;
    }
    // an export (or a window) may ask under other import settings than the last import's: read it again
    // rather than report one import under another's settings (issue 19, 10b)
    const current = loaded?.key === JSON.stringify(m.settings.import) ? loaded : await load(m.id, m.settings.import);
    if (m.type === 'report') {
      post({ type: 'report', id: m.id, model: current.engine.build(m.settings) });
      return;
    }
    // the window's engine lists no episodes: a one-off build does, and the records behind them are read here,
    // where the records are
    const episodes =
      buildReport(current.result, m.settings, undefined, { maxIncidents: 0, listEpisodes: true }).episodes ?? [];
    post({ type: 'outages', id: m.id, rows: outageList(current.result.records, episodes, m.settings) });
  }

  // one request at a time, in order: a report asked during an import waits for its records
  let queue: Promise<void> = Promise.resolve();
  parentPort?.on('message', (m: ToEngine) => {
    queue = queue.then(() =>
      handle(m).catch((error: unknown) => post({ type: 'failed', id: m.id, error: failure(error) })),
    );
  });
}

if (!serveSecondHalf()) serve(workerData as EngineWorkerData);
