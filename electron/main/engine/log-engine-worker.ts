/**
 * The engine of one open log, on its own thread (issue 14): it reads the file, owns the records, and answers
 * "report for these settings" with a ReportModel from a report engine that keeps its sweeps between builds.
 * Neither the main process nor the window ever holds the records. It also previews the log for the
 * column-mapping dialog, so a dialog's many previews start no thread. Started by engine-host.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { previewFile } from '@core/import';
import { FileSource, type LogSource } from '@core/import/source/log-source';
import { PrometheusSource } from '@core/import/source/prometheus/prometheus-source';
import { ImportError } from '@core/model/import-result';
import { serveSecondHalf, threadSecondCore } from '@core/import/source/parallel-read/helper-thread';
import type { ImportResult } from '@core/model/import-result';
import { DEFAULT_SETTINGS, type Settings } from '@core/model/settings';
import type { ImportSettings } from '@core/model/import-settings';
import { buildReport, createReportEngine, type ReportEngine } from '@core/report/index';
import { outageList } from '@core/compute/outage-list';
import { REPORT_INCIDENT_LIMIT } from '../../shared/report-limits';
import {
  readKey,
  serverWindow,
  type EngineFailure,
  type EngineWorkerData,
  type FromEngine,
  type ToEngine,
} from './log-engine-protocol';
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
  /** what it was read under (readKey) */
  key: string;
  result: ImportResult;
  engine: ReportEngine;
}

function serve(log: EngineWorkerData): void {
  let loaded: Loaded | null = null;
  // a large status log is read in two halves when the machine has the cores: this same file serves the
  // second thread (serveSecondHalf below)
  const secondCore = threadSecondCore(__filename);

  // the one pipeline the CLI reads through too (core/import/source/log-source.ts): a file, or a server's series
  const source: LogSource = log.server
    ? new PrometheusSource(log.server)
    : new FileSource(log.path, log.fileName, { secondCore });

  /** Reads the log under these import settings; a server log for the window of `report` (else its own). */
  async function load(id: number, settings: ImportSettings, report?: Settings): Promise<Loaded> {
    // the old records go before the new ones are read: two copies of a large log need not fit at once
    loaded = null;
    const window = log.server ? serverWindow(log.server, report) : {};
    const result = await source.read(
      { ...(report ?? DEFAULT_SETTINGS), ...window, import: settings },
      // core/import reports about 20 times a second: each report goes straight on to the window
      { onProgress: (progress) => post({ type: 'progress', id, progress }) },
    );
    loaded = {
      key: readKey(log, settings, report),
      result,
      // the incident list keeps the rows the window can show (largest impact first)
      engine: createReportEngine(result, { maxIncidents: REPORT_INCIDENT_LIMIT }),
    };
    return loaded;
  }

  async function handle(m: ToEngine): Promise<void> {
    if (m.type === 'preview') {
      if (log.server) throw new ImportError(`${source.name} is a metrics server: its series have no columns to map.`);
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
    const key = readKey(log, m.settings.import, m.settings);
    const current = loaded?.key === key ? loaded : await load(m.id, m.settings.import, m.settings);
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
