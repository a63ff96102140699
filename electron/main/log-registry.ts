import { randomBytes } from 'node:crypto';
import type { ImportResult } from '@core/model/import-result';
import type { Settings } from '@core/model/settings';

export interface RegisteredLog {
  path: string;
  fileName: string;
  /** settings to use when none were saved for this file (the sample's bundled settings) */
  fallbackSettings?: Settings;
  /** true for the bundled sample: not added to the recent list */
  bundled: boolean;
}

/** Imports kept for export; older ones are re-imported on demand. Bounds memory on huge logs. */
const KEEP_RESULTS = 2;

/**
 * The paths the user chose, behind opaque ids: the renderer only ever holds a logId, so it cannot name a
 * file of its own choosing. Also keeps the latest imports so exports need not re-read the file.
 */
export class LogRegistry {
  private readonly logs = new Map<string, RegisteredLog>();
  private readonly results = new Map<string, ImportResult>();

  register(log: RegisteredLog): string {
    const id = randomBytes(12).toString('base64url');
    this.logs.set(id, log);
    return id;
  }

  get(logId: string): RegisteredLog | undefined {
    return this.logs.get(logId);
  }

  keepResult(logId: string, result: ImportResult): void {
    this.results.delete(logId);
    this.results.set(logId, result);
    while (this.results.size > KEEP_RESULTS) this.results.delete(this.results.keys().next().value!);
  }

  result(logId: string): ImportResult | undefined {
    return this.results.get(logId);
  }
}
