import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EntryState {
  name: string;
  type: 'file' | 'dir' | 'fifo' | 'other';
  size: number;
  mtimeMs: number;
  /** regular files only: never open a FIFO (it would block) */
  sha256: string | null;
}

/** What a directory holds, down to each file's bytes and mtime: compared before and after a CLI run. */
export function snapshotDir(dir: string): EntryState[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const st = lstatSync(join(dir, name));
      const type = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : st.isFIFO() ? 'fifo' : 'other';
      return {
        name,
        type,
        size: type === 'dir' ? 0 : st.size,
        mtimeMs: st.mtimeMs,
        sha256:
          type === 'file' && (st.mode & 0o444) !== 0
            ? createHash('sha256')
                .update(readFileSync(join(dir, name)))
                .digest('hex')
            : null,
      };
    });
}
