import type { ReportInput } from '@core/report/index';
import type { ReportModel } from '@core/model/report-model';
import type { Settings } from '@core/model/settings';

/** Renderer -> report worker. */
export type ToReportWorker =
  | { type: 'input'; inputId: number; input: ReportInput; maxIncidents: number }
  | { type: 'build'; inputId: number; seq: number; settings: Settings };

/** Report worker -> renderer: the model for one build request, or why it failed. */
export type FromReportWorker =
  | { type: 'model'; inputId: number; seq: number; model: ReportModel }
  | { type: 'error'; inputId: number; seq: number; message: string };
