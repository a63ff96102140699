/**
 * One engine per open log (issue 14), each a worker thread that owns its log's records
 * (log-engine-worker.ts). The handlers ask it for imports and reports; nothing on the main thread reads a
 * record or builds a report, so the window never waits on a large log.
 */
import { Worker } from 'node:worker_threads';
import { ImportError, type ImportProgress } from '@core/model/import-result';
import { ReportRangeError } from '@core/time/report-range';
import type { ImportSettings } from '@core/model/import-settings';
import type { Settings } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import type { OutageListRow } from '@core/compute/outage-list';
import type { LogPreview } from '@core/import';
import type { LogSummary } from '../../shared/ipc-contract';
import { IpcFailure } from '../ipc-failure';
import {
  readKey,
  type EngineFailure,
  type EngineWorkerData,
  type FromEngine,
  type ServerLog,
  type ToEngine,
} from './log-engine-protocol';

/**
 * Heap of one engine. The record table of a 500 MB log (a few million rows) takes a few hundred MB; 4 GB
 * leaves room for the largest logs while a runaway input cannot take the app down with it.
 */
export const WORKER_HEAP_MB = 4096;

/** The file (or server) behind a log id (electron/main/log-registry.ts). */
export interface LogFile {
  path: string;
  fileName: string;
  /** a log read from Prometheus: the engine reads the server, `path` is no file */
  server?: ServerLog;
}

export interface EngineHost {
  /**
   * Reads the log (again) in its engine under these import settings, starting the engine when it has none.
   * One import per `owner` (a window): starting another cancels the first. Rejects with
   * IpcFailure('cancelled') when cancelled, ImportError for bad input.
   */
  load(
    owner: number,
    logId: string,
    file: LogFile,
    settings: ImportSettings,
    onProgress: (p: ImportProgress) => void,
  ): Promise<LogSummary>;
  /**
   * The log's report under these settings, from its engine; an engine that was ended (cancelled, closed) or
   * holds another import's records reads the log first, with progress, as an import of `owner`.
   */
  report(
    owner: number,
    logId: string,
    file: LogFile,
    settings: Settings,
    onProgress: (p: ImportProgress) => void,
  ): Promise<ReportModel>;
  /** the outage list under these settings (issue 16), from the log's engine, which holds the records */
  outages(
    owner: number,
    logId: string,
    file: LogFile,
    settings: Settings,
    onProgress: (p: ImportProgress) => void,
  ): Promise<OutageListRow[]>;
  /** first rows and the detected mapping under these import settings, read by the log's engine */
  preview(logId: string, file: LogFile, settings: ImportSettings): Promise<LogPreview>;
  /** Cancels the running import of `owner` (ending that engine); false when none was running. */
  cancel(owner: number): boolean;
  /** Ends the log's engine and frees its records; its pending requests fail. */
  close(logId: string): void;
  /** the logs that have an engine now */
  readonly open: ReadonlySet<string>;
  /** Ends every engine (app quit). */
  dispose(): Promise<void>;
}

/** What an engine answers a request with. */
type Answer = LogSummary | ReportModel | LogPreview | OutageListRow[];

function answerOf(m: Exclude<FromEngine, { type: 'progress' | 'failed' }>): Answer {
  switch (m.type) {
    case 'imported':
      return m.summary;
    case 'report':
      return m.model;
    case 'previewed':
      return m.preview;
    case 'outages':
      return m.rows;
  }
}

interface Pending {
  /** the request reads the log (an import, or a report under other import settings) */
  reads: boolean;
  resolve(value: Answer): void;
  reject(error: unknown): void;
  onProgress(p: ImportProgress): void;
}

interface Engine {
  logId: string;
  file: LogFile;
  worker: Worker;
  /** what the last read asked for was read under (readKey); null when none has succeeded */
  importKey: string | null;
  pending: Map<number, Pending>;
}

/** The engine's error as the class it was thrown as, so toIpcError words it for people (not as a bug). */
function asError(error: EngineFailure): Error {
  if (error.name === 'ImportError') return new ImportError(error.message, error.line);
  if (error.name === 'ReportRangeError') return new ReportRangeError(error.message);
  return new Error(error.message);
}

/** `workerPath`: the built log-engine.js (out/main/log-engine.js next to the main bundle); `heapMb`: heap cap per engine. */
export function createEngineHost(workerPath: string, heapMb: number = WORKER_HEAP_MB): EngineHost {
  const engines = new Map<string, Engine>();
  /** the engine each window is importing into, and the id of that import */
  const importing = new Map<number, { logId: string; id: number }>();
  let nextId = 1;

  const tooLarge = (fileName: string) =>
    new IpcFailure('import', `${fileName} is too large to import: it needs more than ${heapMb} MB of memory.`);

  /**
   * Ends an engine: its thread stops at once (freeing its heap) and what it still owed fails with `why`.
   * By identity: a late event of an ended thread must not end the engine started after it for the same log.
   */
  function end(engine: Engine | undefined, why: unknown): void {
    if (!engine || engines.get(engine.logId) !== engine) return;
    engines.delete(engine.logId);
    for (const [owner, job] of importing) if (job.logId === engine.logId) importing.delete(owner);
    void engine.worker.terminate();
    for (const p of engine.pending.values()) p.reject(why);
    engine.pending.clear();
  }

  function start(logId: string, file: LogFile): Engine {
    const existing = engines.get(logId);
    if (existing) return existing;
    const worker = new Worker(workerPath, {
      workerData: { path: file.path, fileName: file.fileName, server: file.server } satisfies EngineWorkerData,
      // a heap cap: a log too large for memory ends this engine with a message, never the whole app
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    const engine: Engine = { logId, file, worker, importKey: null, pending: new Map() };
    engines.set(logId, engine);
    worker.on('message', (m: FromEngine) => {
      const p = engine.pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') return p.onProgress(m.progress);
      engine.pending.delete(m.id);
      for (const [owner, job] of importing) if (job.id === m.id) importing.delete(owner);
      if (m.type === 'failed') {
        // a failed import leaves the engine without records: the next request reads the log again
        if (p.reads) engine.importKey = null;
        p.reject(asError(m.error));
      } else p.resolve(answerOf(m));
    });
    worker.on('error', (error: NodeJS.ErrnoException) =>
      end(engine, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(file.fileName) : error),
    );
    worker.on('exit', (code) =>
      end(engine, new Error(`The engine of ${file.fileName} stopped unexpectedly (exit code ${code}).`)),
    );
    return engine;
  }

  function ask<T extends Answer>(
    owner: number,
    logId: string,
    file: LogFile,
    message: (id: number) => ToEngine,
    key: string,
    onProgress: (p: ImportProgress) => void,
  ): Promise<T> {
    const id = nextId++;
    const request = message(id);
    let engine = engines.get(logId);
    // an import, or a report whose import settings are not the engine's records'; a preview reads no records
    const reads =
      request.type === 'import' ||
      ((request.type === 'report' || request.type === 'outages') && engine?.importKey !== key);
    if (reads) {
      // a window imports one log at a time: a new import ends the engine the previous one was filling
      const previous = importing.get(owner);
      if (previous && previous.logId !== logId) {
        const other = engines.get(previous.logId);
        end(other, cancelled(other?.file ?? file));
      }
      importing.set(owner, { logId, id });
    }
    engine = start(logId, file);
    if (reads) engine.importKey = key;
    return new Promise<T>((resolve, reject) => {
      engine.pending.set(id, { reads, resolve: resolve as Pending['resolve'], reject, onProgress });
      engine.worker.postMessage(request);
    });
  }

  const cancelled = (file: LogFile) => new IpcFailure('cancelled', `Import of ${file.fileName} cancelled.`);

  return {
    load: (owner, logId, file, settings, onProgress) =>
      ask(owner, logId, file, (id) => ({ type: 'import', id, settings }), readKey(file, settings), onProgress),
    report: (owner, logId, file, settings, onProgress) =>
      ask(
        owner,
        logId,
        file,
        (id) => ({ type: 'report', id, settings }),
        readKey(file, settings.import, settings),
        onProgress,
      ),
    outages: (owner, logId, file, settings, onProgress) =>
      ask(
        owner,
        logId,
        file,
        (id) => ({ type: 'outages', id, settings }),
        readKey(file, settings.import, settings),
        onProgress,
      ),
    // no owner: a preview is not an import the window can cancel
    preview: (logId, file, settings) =>
      ask(
        -1,
        logId,
        file,
        (id) => ({ type: 'preview', id, settings }),
        readKey(file, settings),
        () => {},
      ),
    cancel(owner) {
      const job = importing.get(owner);
      if (!job) return false;
      const engine = engines.get(job.logId);
      if (!engine) return false;
      // ending the thread is the one cancel that also stops a read stuck in a long synchronous step
      end(engine, cancelled(engine.file));
      return true;
    },
    close(logId) {
      end(engines.get(logId), new IpcFailure('unknown-log', 'This log was closed. Open it again.'));
    },
    get open() {
      return new Set(engines.keys());
    },
    async dispose() {
      const all = [...engines.values()].map((e) => e.worker);
      for (const engine of [...engines.values()]) end(engine, new IpcFailure('cancelled', 'The app is closing.'));
      importing.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
