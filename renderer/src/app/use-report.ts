import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '@core/model/import-result';
import type { ReportModel } from '@core/model/report-model';
import type { Settings } from '@core/model/settings';
import type { FromReportWorker, ToReportWorker } from './report-worker-protocol';

/**
 * Incident rows kept (largest user impact first): a million-row log would otherwise build, sort and hold a
 * million rows on every settings change, and nobody reads past the first few thousand.
 */
export const INCIDENT_LIMIT = 5000;

export type ReportState = { model: ReportModel | null; error: string | null; stale: boolean };

/**
 * The report of the open log under the settings being edited, computed in the renderer (in a worker) with the
 * same engine the CLI uses. At most one build is in flight: while it runs, only the newest settings wait, so
 * dragging a slider never queues up stale work and the numbers follow the latest value.
 */
export function useReport(result: ImportResult | null, settings: Settings | null): ReportState {
  const [state, setState] = useState<Omit<ReportState, 'stale'> & { forResult: ImportResult | null }>({
    model: null,
    error: null,
    forResult: null,
  });
  const inputResult = useRef<ImportResult | null>(null);
  const worker = useRef<Worker | null>(null);
  const inputId = useRef(0);
  const seq = useRef(0);
  const inFlight = useRef(false);
  const waiting = useRef<Settings | null>(null);

  useEffect(() => {
    const w = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'report' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromReportWorker>) => {
      const msg = e.data;
      if (msg.inputId !== inputId.current) return;
      inFlight.current = false;
      const forResult = inputResult.current;
      setState(
        msg.type === 'model'
          ? { model: msg.model, error: null, forResult }
          : { model: null, error: msg.message, forResult },
      );
      const next = waiting.current;
      if (next) {
        waiting.current = null;
        send({ type: 'build', inputId: inputId.current, seq: ++seq.current, settings: next });
        inFlight.current = true;
      }
    };
    w.onerror = (e) => setState((s) => ({ ...s, model: null, error: e.message || 'the report worker failed' }));
    const send = (m: ToReportWorker) => w.postMessage(m);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  // a new import: a new engine in the worker
  useEffect(() => {
    const w = worker.current;
    if (!w || !result) return;
    inputId.current += 1;
    inputResult.current = result;
    inFlight.current = false;
    waiting.current = null;
    const input: ToReportWorker = {
      type: 'input',
      inputId: inputId.current,
      maxIncidents: INCIDENT_LIMIT,
      input: {
        source: result.source,
        records: result.records,
        samples: result.samples,
        observed: result.observed,
        diagnostics: result.diagnostics,
        diagnosticsTotal: result.diagnosticsTotal,
        latestInstant: result.latestInstant,
      },
    };
    w.postMessage(input);
  }, [result]);

  // every settings change: build now, or after the build in flight
  useEffect(() => {
    const w = worker.current;
    if (!w || !result || !settings) return;
    if (inFlight.current) {
      waiting.current = settings;
      return;
    }
    inFlight.current = true;
    w.postMessage({ type: 'build', inputId: inputId.current, seq: ++seq.current, settings } satisfies ToReportWorker);
  }, [result, settings]);

  // while the first model of a newly opened log is computed (a few ms to a few s), the previous one stays on
  // screen, marked stale, rather than the page emptying and filling again
  if (result === null) return { model: null, error: null, stale: false };
  return { model: state.model, error: state.error, stale: state.forResult !== result };
}
