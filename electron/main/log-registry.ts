import { randomBytes } from 'node:crypto';
import type { Settings } from '@core/model/settings';
import type { ServerLog } from './engine/log-engine-protocol';

export interface RegisteredLog {
  path: string;
  fileName: string;
  /** settings to use when none were saved for this file (the sample's bundled settings) */
  fallbackSettings?: Settings;
  /** true for the bundled sample: not added to the recent list */
  bundled: boolean;
  /** a log read from Prometheus (electron/main/server-logs.ts): `path` is then no file */
  server?: ServerLog;
}

/**
 * The paths the user chose, behind opaque ids: the renderer only ever holds a logId, so it cannot name a
 * file of its own choosing. Holds no records: each open log's engine does (engine/engine-host.ts).
 * Knows the window each log was opened in and the one log each window shows, so that showing another (or
 * closing the window) forgets the rest, whose engines then end: the one shown, and a log that failed to
 * open while its column-mapping dialog may still ask for it, are all a window keeps.
 */
export class LogRegistry {
  private readonly logs = new Map<string, RegisteredLog & { window: number }>();
  private readonly shown = new Map<number, string>();

  /**
   * A new log for `window`. A log that failed to open there earlier (not shown) is given up for it: returned
   * with the new id, so its engine can end.
   */
  register(log: RegisteredLog, window: number): { logId: string; forgotten: string[] } {
    const forgotten = this.forget(window, (id) => id !== this.shown.get(window));
    const logId = randomBytes(12).toString('base64url');
    this.logs.set(logId, { ...log, window });
    return { logId, forgotten };
  }

  get(logId: string): RegisteredLog | undefined {
    return this.logs.get(logId);
  }

  /** The path of every log open in any window: files an export the page asks for may not replace. */
  paths(): string[] {
    return [...this.logs.values()].map((log) => log.path);
  }

  /** `logId` is now the log `window` shows. Returns the logs of that window it forgets (their engines end). */
  show(window: number, logId: string): string[] {
    this.shown.set(window, logId);
    return this.forget(window, (id) => id !== logId);
  }

  /** The window closed: every log of it is forgotten and returned, so their engines end. */
  closeWindow(window: number): string[] {
    this.shown.delete(window);
    return this.forget(window, () => true);
  }

  private forget(window: number, which: (logId: string) => boolean): string[] {
    const gone = [...this.logs].filter(([id, log]) => log.window === window && which(id)).map(([id]) => id);
    for (const id of gone) this.logs.delete(id);
    return gone;
  }
}
