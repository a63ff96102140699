import { basename } from 'node:path';

/**
 * Logs handed to the app from outside (command line, a second instance, macOS open-file) before or while a
 * window runs. The window is told a file is waiting and asks for it with openPending(): the renderer then
 * runs the same open path, with progress and errors, as for a dialog.
 */
export class PendingOpens {
  private queue: string[] = [];

  push(path: string): void {
    this.queue.push(path);
  }

  /** the file name of the next waiting log, for the startup info */
  peekName(): string | null {
    const next = this.queue[0];
    return next === undefined ? null : basename(next);
  }

  take(): string | null {
    return this.queue.shift() ?? null;
  }
}

/**
 * The log path in a command line, if any: the first argument that is not a switch and not the app itself.
 * `npm start -- log.csv` runs `electron . log.csv`; a packaged app gets `app log.csv`.
 */
export function logPathFromArgv(argv: readonly string[], isPackaged: boolean): string | null {
  const args = argv.slice(isPackaged ? 1 : 2);
  return args.find((a) => a.length > 0 && !a.startsWith('-')) ?? null;
}
