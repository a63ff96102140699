import { randomBytes } from 'node:crypto';
import type { Settings } from '@core/model/settings';

export interface RegisteredLog {
  path: string;
  fileName: string;
  /** settings to use when none were saved for this file (the sample's bundled settings) */
  fallbackSettings?: Settings;
  /** true for the bundled sample: not added to the recent list */
  bundled: boolean;
}

/**
 * The paths the user chose, behind opaque ids: the renderer only ever holds a logId, so it cannot name a
 * file of its own choosing. Holds no records: each open log's engine does (engine/engine-host.ts).
 * Also knows which log each window shows, so opening another closes the one it replaces.
 */
export class LogRegistry {
  private readonly logs = new Map<string, RegisteredLog>();
  private readonly shown = new Map<number, string>();

  register(log: RegisteredLog): string {
    const id = randomBytes(12).toString('base64url');
    this.logs.set(id, log);
    return id;
  }

  get(logId: string): RegisteredLog | undefined {
    return this.logs.get(logId);
  }

  /**
   * `logId` is now the log `window` shows. Returns the log it replaces (forgotten here: its id is no longer
   * known, and the caller ends its engine), or null.
   */
  show(window: number, logId: string): string | null {
    const previous = this.shown.get(window) ?? null;
    this.shown.set(window, logId);
    if (previous === null || previous === logId) return null;
    this.logs.delete(previous);
    return previous;
  }

  /** The window closed: the log it showed is forgotten and returned, so its engine can end. */
  closeWindow(window: number): string | null {
    const logId = this.shown.get(window) ?? null;
    this.shown.delete(window);
    if (logId !== null) this.logs.delete(logId);
    return logId;
  }
}
