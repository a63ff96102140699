import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, openRecentFiles } from '../../electron/main/recent-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-recent-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('recent files', () => {
  it('lists newest first, moves a reopened file to the top, and survives a restart', async () => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    await writeFile(a, 'x');
    await writeFile(b, 'x');
    let t = 1000;
    const osList: string[] = [];
    const recent = await openRecentFiles(dir, { now: () => new Date(t++), onAdd: (p) => osList.push(p) });
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    expect((await recent.list()).map((e) => e.fileName)).toEqual(['a.csv', 'b.csv']);
    expect(osList).toEqual([a, b, a]);

    const reopened = await openRecentFiles(dir);
    const list = await reopened.list();
    expect(list.map((e) => e.displayPath)).toEqual([a, b]);
    expect(reopened.pathOf(list[1]!.id)).toBe(b);
    expect(reopened.pathOf('0123456789abcdef')).toBeNull();
  });

  it(`keeps at most ${MAX_RECENT} entries and marks files that are gone`, async () => {
    const recent = await openRecentFiles(dir);
    for (let i = 0; i < MAX_RECENT + 3; i++) await recent.add(join(dir, `log-${i}.csv`));
    await writeFile(join(dir, `log-${MAX_RECENT + 2}.csv`), 'x');
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toMatchObject({ fileName: `log-${MAX_RECENT + 2}.csv`, exists: true });
    expect(list[1]).toMatchObject({ exists: false });
  });

  it('clears', async () => {
    const recent = await openRecentFiles(dir);
    await recent.add(join(dir, 'a.csv'));
    await recent.clear();
    expect(await (await openRecentFiles(dir)).list()).toEqual([]);
  });
});
