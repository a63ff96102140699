import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '@core/model/settings';
import type {
  Envelope,
  ExportFormat,
  ImportProgressEvent,
  IpcError,
  OpenedLog,
  PrometheusRequest,
  RecentEntry,
  SavedFile,
  SloImported,
} from '../../../electron/shared/ipc-contract';
import { asIpcError, slaApi, unwrap } from './sla-bridge';
import type { ExportingState } from '../views/ExportProgress';

export interface ImportingState {
  fileName: string | null;
  progress: ImportProgressEvent | null;
}

/** A failed open: the message for people, and the log it was about when the mapping dialog can help. */
export type OpenFailure = IpcError;

export interface LogSession {
  log: OpenedLog | null;
  /** the settings being edited for the open log (the report is computed from these) */
  settings: Settings | null;
  importing: ImportingState | null;
  /** a PDF export under way: its file and stage (null until the main process names its first stage) */
  exporting: ExportingState | null;
  failure: OpenFailure | null;
  recent: RecentEntry[];
  /** false until startup() answered (the first paint shows a neutral frame, not the welcome view) */
  ready: boolean;
  /** the app is opening a log by itself at start (the sample on first run, or a command-line file) */
  autoOpening: boolean;
  openDialog: () => void;
  openDropped: (file: File) => void;
  openRecent: (entry: RecentEntry) => void;
  openSample: () => void;
  /** reads a Prometheus query's series (File > Open from Prometheus); true when the log opened */
  openPrometheus: (source: PrometheusRequest) => Promise<boolean>;
  reimport: (settings: Settings) => Promise<boolean>;
  cancelImport: () => void;
  updateSettings: (update: (s: Settings) => Settings) => void;
  replaceSettings: (s: Settings) => void;
  saveAsDefault: () => Promise<boolean>;
  clearRecent: () => void;
  dismissFailure: () => void;
  exportReport: (format: ExportFormat) => Promise<string | null>;
  /** stops the running PDF export: nothing is written */
  cancelExport: () => void;
  /** opens the file exported last in the OS's viewer */
  openLastExport: () => void;
  exportSettings: () => Promise<string | null>;
  importSettings: () => Promise<Settings | null>;
  /** the open log's targets as OpenSLO v1; the saved file's name, or null */
  exportOpenSlo: () => Promise<string | null>;
  /** an OpenSLO file's targets and zone over the settings, not yet applied; null when cancelled or refused */
  importOpenSlo: () => Promise<SloImported | null>;
  /** File > Open report…: the report file's log under its settings */
  openReport: () => void;
  /** File > Save report…: the open log, settings and cover as a report file; its name, or null */
  saveReport: () => Promise<string | null>;
  /** a chart's PNG through a save dialog; the file's name, or null */
  saveChartPng: (name: string, png: Uint8Array) => Promise<string | null>;
}

const SAVE_DELAY_MS = 400;

/**
 * Everything about the open log: opening it (every route), the import progress and its cancel,
 * the settings being edited and their persistence. Errors from the bridge become `failure` (opening)
 * or are reported through `report` (saving, exporting) with the bridge's people-facing message.
 */
export function useLogSession(
  report: (level: 'info' | 'warning' | 'error', text: string) => void,
  onStartup: (languages: string[]) => void,
): LogSession {
  const [log, setLog] = useState<OpenedLog | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [importing, setImporting] = useState<ImportingState | null>(null);
  const [exporting, setExporting] = useState<ExportingState | null>(null);
  // an export's stage events may arrive after its answer: a stage of an export that has ended is not shown
  const pdfRunning = useRef(false);
  const [failure, setFailure] = useState<OpenFailure | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  // without the bridge there is nothing to wait for: the UI says so at once
  const [ready, setReady] = useState(() => slaApi() === null);
  const [autoOpening, setAutoOpening] = useState(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);
  /** the latest settings, for handlers that derive the next settings from them */
  const current = useRef<Settings | null>(null);

  const refreshRecent = useCallback(async () => {
    const api = slaApi();
    if (!api) return;
    try {
      setRecent(await unwrap(api.listRecent()));
    } catch {
      // the recent list is a convenience: an unreadable list shows as empty
    }
  }, []);

  /** Runs one open/re-import; at most one at a time (the main process runs one import per window). */
  const run = useCallback(
    async (fileName: string | null, open: () => Promise<Envelope<OpenedLog | null>>): Promise<boolean> => {
      if (busy.current) return false;
      busy.current = true;
      setImporting({ fileName, progress: null });
      try {
        const opened = await unwrap(open());
        if (opened) {
          setLog(opened);
          current.current = opened.settings;
          setSettings(opened.settings);
          setFailure(null);
        }
        return opened !== null;
      } catch (e) {
        const error = asIpcError(e);
        if (error.code === 'cancelled') report('info', error.message);
        else setFailure(error);
        return false;
      } finally {
        busy.current = false;
        setImporting(null);
        void refreshRecent();
      }
    },
    [report, refreshRecent],
  );

  const api = slaApi();

  useEffect(() => {
    if (!api) return;
    const offProgress = api.onImportProgress((p) =>
      setImporting((cur) => (cur ? { fileName: p.fileName, progress: p } : cur)),
    );
    const offExport = api.onExportProgress((p) => pdfRunning.current && setExporting(p));
    const offOpen = api.onOpenRequested((r) => void run(r.fileName, () => api.openPending()));
    const offNotice = api.onNotice((n) => report(n.level, n.message));
    let alive = true;
    void (async () => {
      try {
        const info = await unwrap(api.startup());
        if (!alive) return;
        onStartup(info.preferredLanguages.length > 0 ? info.preferredLanguages : [info.locale]);
        for (const n of info.notices) report(n.level, n.message);
        await refreshRecent();
        setAutoOpening(info.pendingFile !== null || info.firstRun);
        setReady(true);
        if (info.pendingFile) await run(info.pendingFile, () => api.openPending());
        else if (info.firstRun) await run(null, () => api.openSample());
        setAutoOpening(false);
      } catch (e) {
        setReady(true);
        report('error', asIpcError(e).message);
      }
    })();
    return () => {
      alive = false;
      offProgress();
      offExport();
      offOpen();
      offNotice();
    };
    // startup runs once per window
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const persist = useCallback(
    (logId: string, next: Settings) => {
      if (saveTimer.current) clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        const a = slaApi();
        if (!a) return;
        void unwrap(a.saveSettings(logId, next)).catch((e: unknown) => report('error', asIpcError(e).message));
      }, SAVE_DELAY_MS);
    },
    [report],
  );

  const updateSettings = useCallback(
    (update: (s: Settings) => Settings) => {
      const cur = current.current;
      if (!cur || !log) return;
      const next = update(cur);
      if (next === cur) return;
      current.current = next;
      setSettings(next);
      persist(log.logId, next);
    },
    [log, persist],
  );

  const replaceSettings = useCallback((s: Settings) => updateSettings(() => s), [updateSettings]);

  const noApi = (): never => {
    throw new Error('window.sla is missing');
  };

  /** A save through the bridge: the saved file's name, null when cancelled; a refusal is reported. */
  const savedName = async (pending: Promise<Envelope<SavedFile | null>> | null): Promise<string | null> => {
    try {
      return pending === null ? null : ((await unwrap(pending))?.fileName ?? null);
    } catch (e) {
      report('error', asIpcError(e).message);
      return null;
    }
  };

  return {
    log,
    settings,
    importing,
    exporting,
    failure,
    recent,
    ready,
    autoOpening,
    openDialog: () => void run(null, () => (api ?? noApi()).openDialog()),
    openDropped: (file) => void run(file.name, () => (api ?? noApi()).openDroppedFile(file)),
    openRecent: (entry) => void run(entry.fileName, () => (api ?? noApi()).openRecent(entry.id)),
    openSample: () => void run(null, () => (api ?? noApi()).openSample()),
    openPrometheus: (source) => run(source.query, () => (api ?? noApi()).openPrometheus(source)),
    openReport: () => void run(null, () => (api ?? noApi()).openReportFile()),
    saveReport: () => savedName(api && log && settings ? api.saveReportFile(log.logId, settings) : null),
    saveChartPng: (name, png) => savedName(api ? api.saveChartPng(name, png) : null),
    reimport: (next) => {
      const target = log ?? (failure?.logId ? { logId: failure.logId, fileName: failure.fileName ?? null } : null);
      if (!target) return Promise.resolve(false);
      return run(target.fileName, () => (api ?? noApi()).reimport(target.logId, next));
    },
    cancelImport: () => void api?.cancelImport(),
    updateSettings,
    replaceSettings,
    saveAsDefault: async () => {
      if (!api || !settings) return false;
      try {
        await unwrap(api.saveSettings(null, settings));
        return true;
      } catch (e) {
        report('error', asIpcError(e).message);
        return false;
      }
    },
    clearRecent: () => {
      if (!api) return;
      void unwrap(api.clearRecent()).then(refreshRecent, (e: unknown) => report('error', asIpcError(e).message));
    },
    dismissFailure: () => setFailure(null),
    exportReport: async (format) => {
      if (!api || !log || !settings) return null;
      pdfRunning.current = format === 'pdf';
      try {
        const saved = await unwrap(api.exportReport(log.logId, format, settings));
        return saved?.fileName ?? null;
      } catch (e) {
        const error = asIpcError(e);
        // a cancel the user asked for is news, not an error
        report(error.code === 'cancelled' ? 'info' : 'error', error.message);
        return null;
      } finally {
        pdfRunning.current = false;
        setExporting(null);
      }
    },
    cancelExport: () => void api?.cancelExport(),
    openLastExport: () => {
      if (!api) return;
      void unwrap(api.openLastExport()).catch((e: unknown) => report('error', asIpcError(e).message));
    },
    exportSettings: async () => {
      if (!api || !settings) return null;
      try {
        return (await unwrap(api.exportSettings(settings)))?.fileName ?? null;
      } catch (e) {
        report('error', asIpcError(e).message);
        return null;
      }
    },
    importSettings: async () => {
      if (!api) return null;
      try {
        return await unwrap(api.importSettings());
      } catch (e) {
        report('error', asIpcError(e).message);
        return null;
      }
    },
    exportOpenSlo: async () => {
      if (!api || !log || !settings) return null;
      try {
        return (await unwrap(api.exportOpenSlo(log.logId, settings)))?.fileName ?? null;
      } catch (e) {
        report('error', asIpcError(e).message);
        return null;
      }
    },
    importOpenSlo: async () => {
      if (!api || !settings) return null;
      try {
        return await unwrap(api.importOpenSlo(settings));
      } catch (e) {
        report('error', asIpcError(e).message);
        return null;
      }
    },
  };
}
