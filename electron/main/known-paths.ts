import { resolve } from 'node:path';

/**
 * Log paths the main process has seen the user give it: chosen in its open dialog, handed over by the OS or
 * the command line, or confirmed after a drop. A dropped path the page sends is opened without asking only
 * when it is one of these (or in the recent list): the page alone can never make the app read a file
 * (issue 19, 13a; docs/security.md).
 */
export class KnownPaths {
  private readonly paths = new Set<string>();

  add(path: string): void {
    this.paths.add(resolve(path));
  }

  has(path: string): boolean {
    return this.paths.has(resolve(path));
  }
}
