import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../shared/ipc-contract';
import { writeFileAtomic } from '@core/io/write-file-atomic';
import { loadJsonFile } from './json-file';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

const recentDocSchema = z
  .object({
    version: z.literal(1),
    entries: z.array(z.object({ path: z.string().min(1), openedAt: z.number() }).strict()).max(100),
  })
  .strict();
type RecentDoc = z.infer<typeof recentDocSchema>;

/** The id the renderer uses for a recent file: stable for a path, reveals nothing by itself. */
export function recentId(path: string): string {
  return createHash('sha256').update(resolve(path)).digest('hex').slice(0, 16);
}

export interface RecentFiles {
  list(): Promise<RecentEntry[]>;
  /** the path for an id from list(), or null */
  pathOf(id: string): string | null;
  add(path: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The recent-files list, newest first, kept in the user-data folder. `onAdd` mirrors it into the OS list
 * (app.addRecentDocument). A corrupt list is set aside and starts empty: losing it costs nothing.
 */
export async function openRecentFiles(
  dir: string,
  options: { now?: () => Date; onAdd?: (path: string) => void; onClear?: () => void } = {},
): Promise<RecentFiles> {
  const now = options.now ?? (() => new Date());
  const path = join(dir, RECENT_FILE);
  let doc: RecentDoc = (await loadJsonFile(path, recentDocSchema, { version: 1, entries: [] }, now)).value;
  let queue: Promise<void> = Promise.resolve();
  const commit = (next: RecentDoc): Promise<void> => {
    doc = next;
    const write = queue.then(() => writeFileAtomic(path, JSON.stringify(next, null, 2) + '\n'));
    queue = write.catch(() => undefined);
    return write;
  };
  return {
    async list() {
      return Promise.all(
        doc.entries.map(async (e) => ({
          id: recentId(e.path),
          fileName: basename(e.path),
          displayPath: e.path,
          openedAt: e.openedAt,
          exists: await stat(e.path).then(
            (s) => s.isFile(),
            () => false,
          ),
        })),
      );
    },
    pathOf(id) {
      return doc.entries.find((e) => recentId(e.path) === id)?.path ?? null;
    },
    add(filePath) {
      const abs = resolve(filePath);
      options.onAdd?.(abs);
      const entries = [{ path: abs, openedAt: now().getTime() }, ...doc.entries.filter((e) => e.path !== abs)];
      return commit({ version: 1, entries: entries.slice(0, MAX_RECENT) });
    },
    clear() {
      options.onClear?.();
      return commit({ version: 1, entries: [] });
    },
  };
}
