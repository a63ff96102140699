import { useEffect, useRef, useState } from 'react';
import type { Settings } from '@core/model/settings';
import type { OpenedLog } from '../../../electron/shared/ipc-contract';
import { ReportRequests, type ReportState } from './report-requests';
import { slaApi } from './sla-bridge';

export type { ReportState };

const NONE: ReportState = { model: null, error: null, stale: false };

/**
 * The report of the open log under the settings being edited, from the log's engine in the main process
 * (report-requests.ts: one request in flight, the newest settings waiting, target changes re-derived here).
 */
export function useReport(log: OpenedLog | null, settings: Settings | null): ReportState {
  const [state, setState] = useState<ReportState>(NONE);
  const requests = useRef<ReportRequests | null>(null);

  useEffect(() => {
    const api = slaApi();
    if (!api) return;
    const r = new ReportRequests((logId, s) => api.report(logId, s), setState);
    requests.current = r;
    return () => {
      r.dispose();
      requests.current = null;
    };
  }, []);

  // a new log or a new import first, then its settings: effects run in this order within one commit
  useEffect(() => requests.current?.setLog(log), [log]);
  useEffect(() => {
    if (log && settings) requests.current?.setSettings(settings);
  }, [log, settings]);

  return log === null ? NONE : state;
}
