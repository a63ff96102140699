import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Settings } from '@core/model/settings';
import type { ReportModel } from '@core/model/report-model';
import {
  EventChannel,
  InvokeChannel,
  type ExportStage,
  type LogSummary,
  type Notice,
  type OpenedLog,
  type StartupInfo,
} from '../shared/ipc-contract';
import { checkOutputTarget, OutputTargetError, writeFileAtomic } from '@core/io/write-file-atomic';
import { readJsonFile, readSettingsFile as readSettingsFileOnce, SettingsFileError } from '@core/io/read-settings-file';
import { parseReportFile } from '@core/report-file/report-file';
import { newReportFile, newServerReportFile } from '@core/report-file/new-report-file';
import { logStem } from '@core/report-file/log-stem';
import { outageListCsv } from '@core/print/outage-list-csv';
import type { Dialogs } from './dialogs';
import { SETTINGS_FILE_FILTERS, SLO_FILE_FILTERS } from './dialogs';
import { CoverLogoError, readCoverLogo } from '@core/pdf/cover-logo';
import type { PdfExportRun } from './pdf-export';
import { untilAborted } from './until-aborted';
import { importOpenSlo } from './openslo-import';
import { writeOpenSlo } from '@core/slo/write-openslo';
import type { EngineHost } from './engine/engine-host';
import type { HandlerContext, Handlers } from './ipc-dispatch';
import { IpcFailure, toIpcError } from './ipc-failure';
import type { KnownPaths } from './known-paths';
import type { LogRegistry, RegisteredLog } from './log-registry';
import type { PendingOpens } from './pending-opens';
import { recentId, type RecentFiles } from './recent-files';
import { defaultExportName, EXPORT_FILTERS, PNG_FILTERS, REPORT_FILE_FILTERS, reportText } from './report-export';
import type { SettingsStore } from './settings-store';
import { prometheusQuery, serverLog, serverSettingsPath, TEST_TIMEOUT_MS } from './server-logs';
import { reportFileServer } from './report-file-server';
import { checkConnection } from '@core/import/source/prometheus/connection-check';

export interface SamplePaths {
  log: string;
  settings: string;
}

export interface HandlerDeps {
  settings: SettingsStore;
  recent: RecentFiles;
  logs: LogRegistry;
  /** one engine per open log: it owns the records and builds the reports */
  engines: EngineHost;
  /** log paths main has seen the user give (dialog, OS, command line, a confirmed drop) */
  knownPaths: KnownPaths;
  pending: PendingOpens;
  dialogs: Dialogs;
  sample: SamplePaths;
  /** notices gathered while starting (e.g. a corrupt settings file set aside), shown once */
  startupNotices: Notice[];
  appInfo: Omit<StartupInfo, 'firstRun' | 'pendingFile' | 'notices'>;
  /** shell.openExternal behind the allowlist; resolves false when the URL is not allowed */
  openExternal(url: string): Promise<boolean>;
  /** prints the report to a PDF file (electron/main/pdf-export.ts); `run.signal` cancels it */
  exportPdf(model: ReportModel, outPath: string, run: PdfExportRun): Promise<void>;
  /** shell.openPath: opens a file the app wrote in the OS's viewer; resolves '' or an error message */
  openPath(path: string): Promise<string>;
}

/** Refuses anything but an existing regular file: directories, FIFOs and devices are not logs. */
async function assertRegularFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new IpcFailure('io', toIpcError(error).message, { fileName: basename(path) });
  }
  if (!info.isFile()) {
    throw new IpcFailure('denied', `${basename(path)} is not a regular file.`, { fileName: basename(path) });
  }
}

/** A settings or report file's problem as the failure the window shows. */
const asFailure = (error: unknown): never => {
  throw error instanceof SettingsFileError ? new IpcFailure(error.problem, error.message) : error;
};

async function readSettingsFile(path: string): Promise<Settings> {
  return readSettingsFileOnce(path, basename(path)).catch(asFailure);
}

/**
 * Refuses, before writing, a path the user picked that is the log itself (under any name) or no regular file;
 * `what` begins the message ("The report").
 */
async function checkTarget(path: string, inputs: readonly string[], what: string): Promise<void> {
  try {
    await checkOutputTarget(path, inputs);
  } catch (error) {
    if (!(error instanceof OutputTargetError)) throw error;
    throw new IpcFailure('denied', `${what} cannot be written there: ${error.message}.`);
  }
}

/** The handler of every IPC channel, over plain inputs; Electron stays in the deps. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // the file each window exported last, so "open it" needs no path from the renderer
  const lastExport = new Map<number, string>();
  // each window's running PDF export, until its write begins (from then on a cancel comes too late)
  const pdfExports = new Map<number, { controller: AbortController; stage: ExportStage }>();
  let sampleSettings: Settings | undefined;
  const loadSampleSettings = async (): Promise<Settings> =>
    (sampleSettings ??= await readSettingsFile(deps.sample.settings));

  /** Runs `work` for the log, naming it (and its logId, for the column-mapping dialog) in any failure. */
  async function forLog<T>(logId: string, log: RegisteredLog, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const { code, message, ...extra } = toIpcError(error);
      throw new IpcFailure(code, message, { ...extra, logId, fileName: log.fileName });
    }
  }

  const progressTo =
    (context: HandlerContext, log: RegisteredLog) =>
    (progress: { bytesRead: number; bytesTotal: number; rows: number }) =>
      context.send(EventChannel.importProgress, { fileName: log.fileName, ...progress });

  function load(context: HandlerContext, logId: string, log: RegisteredLog, settings: Settings): Promise<LogSummary> {
    return forLog(logId, log, () =>
      deps.engines.load(context.windowId, logId, log, settings.import, progressTo(context, log)),
    );
  }

  /** `logId` is now what the window shows: the log it replaces ends with its engine. */
  function show(context: HandlerContext, logId: string): void {
    for (const replaced of deps.logs.show(context.windowId, logId)) deps.engines.close(replaced);
  }

  /** `saved`: settings to open it under (a report file's), saved for the file; else the file's or defaults */
  async function open(context: HandlerContext, log: RegisteredLog, saved?: Settings): Promise<OpenedLog> {
    await assertRegularFile(log.path);
    const chosen = saved
      ? { settings: saved, source: 'file' as const }
      : deps.settings.forFile(log.path, log.fallbackSettings);
    const opened = await openRegistered(context, log, chosen);
    if (saved) await deps.settings.saveForFile(log.path, saved);
    if (!log.bundled) await deps.recent.add(log.path).catch(() => undefined);
    return opened;
  }

  /** Reads a log (a file, or a server's series) in a new engine under these settings; the window then shows it. */
  async function openRegistered(
    context: HandlerContext,
    log: RegisteredLog,
    { settings, source }: { settings: Settings; source: OpenedLog['settingsSource'] },
  ): Promise<OpenedLog> {
    // a log that could not be read keeps its id and its engine (holding no records) for the column-mapping
    // dialog's previews, until the window shows another log
    const { logId, forgotten } = deps.logs.register(log, context.windowId);
    for (const id of forgotten) deps.engines.close(id);
    const summary = await load(context, logId, log, settings);
    show(context, logId);
    return { logId, fileName: log.fileName, summary, settings, settingsSource: source };
  }

  /** A log's source is still there: a file must be a regular file; a server is asked when it is read. */
  const assertReadable = (log: RegisteredLog): Promise<void> =>
    log.server ? Promise.resolve() : assertRegularFile(log.path);

  const userFile = (path: string): RegisteredLog => ({ path, fileName: basename(path), bundled: false });

  function known(logId: string): RegisteredLog {
    const log = deps.logs.get(logId);
    if (!log) throw new IpcFailure('unknown-log', 'This log is no longer open. Open it again.');
    return log;
  }

  /** The log's report under these settings, built by its engine off this thread. */
  function reportOf(context: HandlerContext, logId: string, settings: Settings): Promise<ReportModel> {
    const log = known(logId);
    return forLog(logId, log, () =>
      deps.engines.report(context.windowId, logId, log, settings, progressTo(context, log)),
    );
  }

  /** A logo file read and checked (core/pdf/cover-logo.ts); a refusal names the file and says why. */
  async function readLogo(path: string, hint = ''): Promise<string> {
    try {
      return await readCoverLogo(path);
    } catch (error) {
      if (!(error instanceof CoverLogoError)) throw error;
      throw new IpcFailure('invalid-input', `${error.message}${hint}`);
    }
  }

  /** The cover logo main keeps, read at each export: the file may have changed since it was chosen. */
  async function coverLogo(): Promise<string | undefined> {
    const path = deps.settings.coverLogo();
    return path === null
      ? undefined
      : readLogo(path, '. Choose another cover logo or remove it in the report settings.');
  }

  /**
   * Export PDF: the save dialog, then the stages (report, layout, print, write), each told to the window as it
   * begins. cancelExport aborts it until the write begins: the engine's answer is dropped (a re-read of the log
   * for this export ends with its engine), the print window is closed, and nothing is written.
   */
  async function exportPdfFile(context: HandlerContext, logId: string, settings: Settings): Promise<string | null> {
    const log = known(logId);
    const path = await deps.dialogs.chooseSaveFile(context.windowId, {
      defaultName: defaultExportName(log.server ? 'prometheus' : log.fileName, 'pdf'),
      filters: [EXPORT_FILTERS.pdf],
    });
    if (path === null) return null;
    await checkTarget(path, [log.path], 'The report');
    const logo = await coverLogo();
    const fileName = basename(path);
    const job = { controller: new AbortController(), stage: 'report' as ExportStage };
    const { signal } = job.controller;
    // a window exports one PDF at a time: a second export replaces the first
    pdfExports.get(context.windowId)?.controller.abort();
    pdfExports.set(context.windowId, job);
    const onStage = (stage: ExportStage): void => {
      job.stage = stage;
      if (stage === 'write' && pdfExports.get(context.windowId) === job) pdfExports.delete(context.windowId);
      context.send(EventChannel.exportProgress, { fileName, stage });
    };
    const cancelled = () => new IpcFailure('cancelled', `Export of ${fileName} cancelled; nothing was written.`);
    try {
      onStage('report');
      const model = await untilAborted(reportOf(context, logId, settings), signal, cancelled);
      await deps.exportPdf(model, path, { logo, signal, onStage });
    } catch (error) {
      if (signal.aborted && job.stage !== 'write') throw cancelled();
      throw error;
    } finally {
      if (pdfExports.get(context.windowId) === job) pdfExports.delete(context.windowId);
    }
    return path;
  }

  /**
   * A path the page says was dropped: main cannot see the drop itself (the path comes from the renderer
   * process, which may be compromised), so a path it has not seen the user give is opened only when the user
   * confirms it in a main-process dialog.
   */
  async function vouchForDrop(context: HandlerContext, path: string): Promise<string> {
    const abs = resolve(path);
    if (deps.knownPaths.has(abs) || deps.recent.pathOf(recentId(abs)) !== null) return abs;
    if (!(await deps.dialogs.confirmDroppedFile(context.windowId, abs)))
      throw new IpcFailure('cancelled', `${basename(abs)} was not opened.`);
    deps.knownPaths.add(abs);
    return abs;
  }

  return {
    [InvokeChannel.startup]: async () => {
      const notices = deps.startupNotices.splice(0);
      // the sample opens on the very first start only, whether or not the user then saves anything
      if (deps.settings.firstRun) await deps.settings.markStarted().catch(() => undefined);
      return { ...deps.appInfo, firstRun: deps.settings.firstRun, pendingFile: deps.pending.peekName(), notices };
    },
    [InvokeChannel.openExternal]: async (_context, { url }) => {
      if (!(await deps.openExternal(url))) throw new IpcFailure('denied', `Links to ${url} are not opened by the app.`);
      return null;
    },
    [InvokeChannel.openDialog]: async (context) => {
      const path = await deps.dialogs.chooseLogFile(context.windowId);
      if (path === null) return null;
      deps.knownPaths.add(path);
      return open(context, userFile(path));
    },
    [InvokeChannel.openDropped]: async (context, { path }) =>
      open(context, userFile(await vouchForDrop(context, path))),
    [InvokeChannel.openRecent]: async (context, { id }) => {
      const path = deps.recent.pathOf(id);
      if (path === null) throw new IpcFailure('unknown-log', 'That file is no longer in the recent list.');
      return open(context, userFile(path));
    },
    [InvokeChannel.openSample]: async (context) =>
      open(context, {
        path: deps.sample.log,
        fileName: basename(deps.sample.log),
        fallbackSettings: await loadSampleSettings(),
        bundled: true,
      }),
    [InvokeChannel.openPending]: async (context) => {
      const path = deps.pending.take();
      if (path === null) return null;
      deps.knownPaths.add(path);
      return open(context, userFile(path));
    },
    [InvokeChannel.openPrometheus]: async (context, { source: request }) => {
      // remembered before the read: a server that refuses is the one the user will want to fix and try again
      await deps.settings.saveLastPrometheus(request).catch(() => undefined);
      const remembered = deps.settings.forFile(serverSettingsPath(request));
      // the server's months are the dialog's; the zone and everything else the remembered settings'
      const settings = { ...remembered.settings, range: { from: request.from, to: request.to } };
      return openRegistered(context, serverLog(request, settings), { ...remembered, settings });
    },
    [InvokeChannel.prometheusTest]: async (_context, { source: request }) => {
      await deps.settings.saveLastPrometheus(request).catch(() => undefined);
      const remembered = deps.settings.forFile(serverSettingsPath(request)).settings;
      const query = prometheusQuery(request, TEST_TIMEOUT_MS);
      const check = await checkConnection(query, { ...remembered, range: { from: request.from, to: request.to } });
      return { url: check.url, version: check.version, series: check.series, maxSeries: query.maxSeries };
    },
    [InvokeChannel.prometheusLast]: async () => deps.settings.lastPrometheus(),
    [InvokeChannel.reimport]: async (context, { logId, settings }) => {
      const log = known(logId);
      await assertReadable(log);
      const summary = await load(context, logId, log, settings);
      show(context, logId);
      await deps.settings.saveForFile(log.path, settings);
      return { logId, fileName: log.fileName, summary, settings, settingsSource: 'file' };
    },
    [InvokeChannel.preview]: async (_context, payload) => {
      const log = known(payload.logId);
      await assertReadable(log);
      return deps.engines.preview(payload.logId, log, payload.import);
    },
    [InvokeChannel.report]: async (context, { logId, settings }) => reportOf(context, logId, settings),
    [InvokeChannel.cancelImport]: async (context) => deps.engines.cancel(context.windowId),
    [InvokeChannel.recentList]: async () => deps.recent.list(),
    [InvokeChannel.recentClear]: async () => {
      await deps.recent.clear();
      return null;
    },
    [InvokeChannel.settingsGet]: async (_context, { logId }) => {
      if (logId === null) return { settings: deps.settings.defaults(), source: 'defaults' };
      const log = known(logId);
      return deps.settings.forFile(log.path, log.fallbackSettings);
    },
    [InvokeChannel.settingsSave]: async (_context, { logId, settings }) => {
      if (logId === null) await deps.settings.saveDefaults(settings);
      else await deps.settings.saveForFile(known(logId).path, settings);
      return null;
    },
    [InvokeChannel.settingsExport]: async (context, { settings }) => {
      const path = await deps.dialogs.chooseSaveFile(context.windowId, {
        defaultName: 'sla-settings.json',
        filters: SETTINGS_FILE_FILTERS,
      });
      if (path === null) return null;
      await writeFileAtomic(path, JSON.stringify(settings, null, 2) + '\n');
      return { fileName: basename(path) };
    },
    [InvokeChannel.settingsImport]: async (context) => {
      const path = await deps.dialogs.chooseSettingsFile(context.windowId);
      return path === null ? null : readSettingsFile(path);
    },
    [InvokeChannel.sloExport]: async (context, { logId, settings }) => {
      // the services and first month come from the log's own report, not from the page
      const model = await reportOf(context, logId, settings);
      const path = await deps.dialogs.chooseSaveFile(context.windowId, {
        defaultName: 'slos.yaml',
        filters: SLO_FILE_FILTERS,
      });
      if (path === null) return null;
      await checkTarget(path, [known(logId).path], 'The OpenSLO file');
      await writeFileAtomic(path, writeOpenSlo(model.settings, model.services, model.monthKeys[0]!));
      return { fileName: basename(path) };
    },
    [InvokeChannel.sloImport]: async (context, { settings }) => {
      const path = await deps.dialogs.chooseSloFile(context.windowId);
      return path === null ? null : importOpenSlo(path, settings);
    },
    [InvokeChannel.exportReport]: async (context, { logId, format, settings }) => {
      if (format === 'pdf') {
        const path = await exportPdfFile(context, logId, settings);
        if (path === null) return null;
        lastExport.set(context.windowId, path);
        return { fileName: basename(path) };
      }
      // the export's own settings, import part included: the engine reads the log again when they differ
      // from its last import's (issue 19, 10b)
      const model = await reportOf(context, logId, settings);
      const log = known(logId);
      // the outage list names records, which only the log's engine holds
      const outages =
        format === 'episodes-csv'
          ? forLog(logId, log, () =>
              deps.engines.outages(context.windowId, logId, log, settings, progressTo(context, log)),
            )
          : Promise.resolve([]);
      const path = await deps.dialogs.chooseSaveFile(context.windowId, {
        // a server log's name is a query and a URL, no file name to build on
        defaultName: defaultExportName(log.server ? 'prometheus' : log.fileName, format),
        filters: [EXPORT_FILTERS[format]],
      });
      if (path === null) return null;
      // the same file under another name (a link, another letter case) is caught by device and inode
      await checkTarget(path, [log.path], 'The report');
      if (format === 'episodes-csv') await writeFileAtomic(path, outageListCsv(await outages, settings.reportTimeZone));
      else await writeFileAtomic(path, reportText(model, format));
      lastExport.set(context.windowId, path);
      return { fileName: basename(path) };
    },
    [InvokeChannel.cancelExport]: async (context) => {
      const job = pdfExports.get(context.windowId);
      if (!job) return false;
      pdfExports.delete(context.windowId);
      job.controller.abort();
      // the export's report may be reading the log again (other import settings): that read ends with its engine
      if (job.stage === 'report') deps.engines.cancel(context.windowId);
      return true;
    },
    [InvokeChannel.coverLogo]: async (context, { action }) => {
      if (action === 'clear') await deps.settings.saveCoverLogo(null);
      const chosen = action === 'choose' ? await deps.dialogs.chooseLogoFile(context.windowId) : null;
      if (chosen !== null) {
        // refused now, with the reason, rather than at the next export
        await readLogo(chosen);
        await deps.settings.saveCoverLogo(chosen);
      }
      const path = deps.settings.coverLogo();
      return path === null ? null : { fileName: basename(path) };
    },
    [InvokeChannel.saveReportFile]: async (context, { logId, settings }) => {
      const log = known(logId);
      const path = await deps.dialogs.chooseSaveFile(context.windowId, {
        // a server log's name is a query and a URL, no file name to build on
        defaultName: `${log.server ? 'prometheus' : logStem(log.fileName)}.sla-report.json`,
        filters: REPORT_FILE_FILTERS,
      });
      if (path === null) return null;
      await checkTarget(path, [log.path], 'The report file');
      const file = log.server ? newServerReportFile(log.server, settings) : newReportFile(log.path, path, settings);
      await writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n', undefined, [log.path]);
      return { fileName: basename(path) };
    },
    [InvokeChannel.openReportFile]: async (context) => {
      const path = await deps.dialogs.chooseReportFile(context.windowId);
      if (path === null) return null;
      const file = await readJsonFile(path, basename(path), 'a report file', parseReportFile).catch(asFailure);
      if ('prometheus' in file.source) {
        const server = reportFileServer(file.source.prometheus, file.settings, Date.now());
        if (typeof server === 'string') throw new IpcFailure('invalid-input', `${basename(path)}: ${server}`);
        const opened = await openRegistered(context, server.log, { settings: server.settings, source: 'file' });
        // as for a log file's report file: the server and query are opened under these settings from now on
        await deps.settings.saveForFile(server.log.path, server.settings);
        return opened;
      }
      // the user chose the report file, so the log it names is one the user gave
      const logPath = resolve(dirname(path), file.source.log);
      deps.knownPaths.add(logPath);
      return open(context, userFile(logPath), file.settings);
    },
    [InvokeChannel.saveChartPng]: async (context, { name, png }) => {
      const path = await deps.dialogs.chooseSaveFile(context.windowId, {
        defaultName: `${name}.png`,
        filters: PNG_FILTERS,
      });
      if (path === null) return null;
      // no open log, in any window, is replaced by a picture
      const inputs = deps.logs.paths();
      await checkTarget(path, inputs, 'The chart');
      await writeFileAtomic(path, png, undefined, inputs);
      return { fileName: basename(path) };
    },
    [InvokeChannel.openExport]: async (context) => {
      const path = lastExport.get(context.windowId);
      if (path === undefined) throw new IpcFailure('invalid-input', 'Nothing has been exported from this window yet.');
      const problem = await deps.openPath(path);
      if (problem) throw new IpcFailure('io', `${basename(path)} could not be opened: ${problem}`);
      return null;
    },
  };
}
