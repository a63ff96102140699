import type { ImportSettings } from '@core/model/settings';
import type { ImportProgress, ImportResult } from '@core/model/import-result';
import type { LogPreview } from '@core/import';

/** What the import worker is started with (workerData). */
export interface ImportWorkerJob {
  kind: 'import' | 'preview';
  path: string;
  fileName: string;
  settings: ImportSettings;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; result: ImportResult }
  | { type: 'previewed'; preview: LogPreview }
  | { type: 'failed'; error: { name: string; message: string; line: number } };
