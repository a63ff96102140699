/**
 * The report engine off the UI thread: it keeps the engine of the open log (its sweeps and minutes are cached
 * across builds, so a target change is arithmetic) and answers each build with the ReportModel. A million-row
 * log's first build takes seconds; here that never freezes the window.
 */
import { createReportEngine, type ReportEngine } from '@core/report/index';
import type { FromReportWorker, ToReportWorker } from './report-worker-protocol';

let engine: ReportEngine | null = null;
let currentInput = -1;

const post = (msg: FromReportWorker) => (self as unknown as Worker).postMessage(msg);

self.onmessage = (e: MessageEvent<ToReportWorker>) => {
  const msg = e.data;
  if (msg.type === 'input') {
    engine = createReportEngine(msg.input, { maxIncidents: msg.maxIncidents });
    currentInput = msg.inputId;
    return;
  }
  if (!engine || msg.inputId !== currentInput) return;
  try {
    post({ type: 'model', inputId: msg.inputId, seq: msg.seq, model: engine.build(msg.settings) });
  } catch (error) {
    post({
      type: 'error',
      inputId: msg.inputId,
      seq: msg.seq,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
