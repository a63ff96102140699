import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { buildReport } from '@core/report/index';
import type { Settings } from '@core/model/settings';
import type { ImportResult } from '@core/model/import-result';
import type { ReportModel } from '@core/model/report-model';
import { EventChannel, InvokeChannel, type Notice, type OpenedLog, type StartupInfo } from '../shared/ipc-contract';
import { writeFileAtomic } from '@core/io/write-file-atomic';
import { readSettingsFile as readSettingsFileOnce, SettingsFileError } from '@core/io/read-settings-file';
import type { Dialogs } from './dialogs';
import { SETTINGS_FILE_FILTERS } from './dialogs';
import type { ImportHost } from './import-host';
import type { HandlerContext, Handlers } from './ipc-dispatch';
import { IpcFailure, toIpcError } from './ipc-failure';
import type { LogRegistry, RegisteredLog } from './log-registry';
import type { PendingOpens } from './pending-opens';
import type { RecentFiles } from './recent-files';
import { defaultExportName, EXPORT_FILTERS, reportText } from './report-export';
import type { SettingsStore } from './settings-store';

export interface SamplePaths {
  log: string;
  settings: string;
}

export interface HandlerDeps {
  settings: SettingsStore;
  recent: RecentFiles;
  logs: LogRegistry;
  imports: ImportHost;
  pending: PendingOpens;
  dialogs: Dialogs;
  sample: SamplePaths;
  /** notices gathered while starting (e.g. a corrupt settings file set aside), shown once */
  startupNotices: Notice[];
  appInfo: Omit<StartupInfo, 'firstRun' | 'pendingFile' | 'notices'>;
  /** shell.openExternal behind the allowlist; resolves false when the URL is not allowed */
  openExternal(url: string): Promise<boolean>;
  /** prints the report to a PDF file (electron/main/pdf-export.ts) */
  exportPdf(model: ReportModel, outPath: string): Promise<void>;
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

async function readSettingsFile(path: string): Promise<Settings> {
  return readSettingsFileOnce(path, basename(path)).catch((error: unknown) => {
    throw error instanceof SettingsFileError ? new IpcFailure(error.problem, error.message) : error;
  });
}

/** The handler of every IPC channel, over plain inputs; Electron stays in the deps. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // the file each window exported last, so "open it" needs no path from the renderer
  const lastExport = new Map<number, string>();
  let sampleSettings: Settings | undefined;
  const loadSampleSettings = async (): Promise<Settings> =>
    (sampleSettings ??= await readSettingsFile(deps.sample.settings));

  async function importLog(
    context: HandlerContext,
    logId: string,
    log: RegisteredLog,
    settings: Settings,
  ): Promise<ImportResult> {
    try {
      const result = await deps.imports.run(
        context.windowId,
        { path: log.path, fileName: log.fileName, settings: settings.import },
        (progress) => context.send(EventChannel.importProgress, { fileName: log.fileName, ...progress }),
      );
      deps.logs.keepResult(logId, result);
      return result;
    } catch (error) {
      // the logId lets the renderer offer the column-mapping dialog for this very file
      const { code, message, ...extra } = toIpcError(error);
      throw new IpcFailure(code, message, { ...extra, logId, fileName: log.fileName });
    }
  }

  async function open(context: HandlerContext, log: RegisteredLog): Promise<OpenedLog> {
    await assertRegularFile(log.path);
    const logId = deps.logs.register(log);
    const { settings, source } = deps.settings.forFile(log.path, log.fallbackSettings);
    const result = await importLog(context, logId, log, settings);
    if (!log.bundled) await deps.recent.add(log.path).catch(() => undefined);
    return { logId, fileName: log.fileName, result, settings, settingsSource: source };
  }

  const userFile = (path: string): RegisteredLog => ({ path, fileName: basename(path), bundled: false });

  function known(logId: string): RegisteredLog {
    const log = deps.logs.get(logId);
    if (!log) throw new IpcFailure('unknown-log', 'This log is no longer open. Open it again.');
    return log;
  }

  async function reportOf(
    context: HandlerContext,
    logId: string,
    settings: Settings,
  ): Promise<{ log: RegisteredLog; model: ReportModel }> {
    const log = known(logId);
    const imported = deps.logs.result(logId) ?? (await importLog(context, logId, log, settings));
    return { log, model: buildReport(imported, settings) };
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
      return path === null ? null : open(context, userFile(path));
    },
    [InvokeChannel.openDropped]: async (context, { path }) => open(context, userFile(path)),
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
      return path === null ? null : open(context, userFile(path));
    },
    [InvokeChannel.reimport]: async (context, { logId, settings }) => {
      const log = known(logId);
      await assertRegularFile(log.path);
      const result = await importLog(context, logId, log, settings);
      await deps.settings.saveForFile(log.path, settings);
      return { logId, fileName: log.fileName, result, settings, settingsSource: 'file' };
    },
    [InvokeChannel.preview]: async (_context, payload) => {
      const log = known(payload.logId);
      await assertRegularFile(log.path);
      return deps.imports.preview({ path: log.path, fileName: log.fileName, settings: payload.import });
    },
    [InvokeChannel.cancelImport]: async (context) => deps.imports.cancel(context.windowId),
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
    [InvokeChannel.exportReport]: async (context, { logId, format, settings }) => {
      const { log, model } = await reportOf(context, logId, settings);
      const path = await deps.dialogs.chooseSaveFile(context.windowId, {
        defaultName: defaultExportName(log.fileName, format),
        filters: [EXPORT_FILTERS[format]],
      });
      if (path === null) return null;
      if (resolve(path) === resolve(log.path))
        throw new IpcFailure('denied', 'The report cannot be written over the log it is made from.');
      if (format === 'pdf') await deps.exportPdf(model, path);
      else await writeFileAtomic(path, reportText(model, format));
      lastExport.set(context.windowId, path);
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
