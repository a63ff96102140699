import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '@core/model/settings';
import { writeFileAtomic, type AtomicWriteFs } from '../../core/io/write-file-atomic';
import { openSettingsStore, SETTINGS_FILE } from '../../electron/main/settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const strict = settingsSchema.parse({ targets: { default: 0.9995 } });
const failingRename: AtomicWriteFs = {
  open: nodeFs.open,
  rm: nodeFs.rm,
  rename: () => Promise.reject(Object.assign(new Error('EIO: simulated crash before rename'), { code: 'EIO' })),
};

describe('settings store', () => {
  it('starts on defaults and reports a first run when no file exists', async () => {
    const { store, notices } = await openSettingsStore(dir);
    expect(store.firstRun).toBe(true);
    expect(notices).toEqual([]);
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(store.forFile(join(dir, 'a.csv'))).toEqual({ settings: DEFAULT_SETTINGS, source: 'defaults' });
  });

  it('remembers settings per log file and as defaults across restarts', async () => {
    const { store } = await openSettingsStore(dir);
    await store.saveForFile(join(dir, 'a.csv'), strict);
    const defaults = settingsSchema.parse({ users: 5e8 });
    await store.saveDefaults(defaults);

    const reopened = (await openSettingsStore(dir)).store;
    expect(reopened.firstRun).toBe(false);
    expect(reopened.forFile(join(dir, 'a.csv'))).toEqual({ settings: strict, source: 'file' });
    // another file falls back to the saved defaults
    expect(reopened.forFile(join(dir, 'b.csv'))).toEqual({ settings: defaults, source: 'defaults' });
    // the path itself is not written to the settings file, only its hash
    const text = await readFile(join(dir, SETTINGS_FILE), 'utf8');
    expect(text).not.toContain(dir);
  });

  it('keeps both of two saves made in quick succession, in memory and on disk (issue 19 item 10a)', async () => {
    const { store } = await openSettingsStore(dir);
    const other = settingsSchema.parse({ users: 5e8 });
    // not awaited one by one: the second save starts while the first is still being written
    await Promise.all([
      store.saveForFile(join(dir, 'a.csv'), strict),
      store.saveForFile(join(dir, 'b.csv'), other),
      store.saveDefaults(other),
    ]);
    const check = (s: typeof store) => {
      expect(s.forFile(join(dir, 'a.csv'))).toEqual({ settings: strict, source: 'file' });
      expect(s.forFile(join(dir, 'b.csv'))).toEqual({ settings: other, source: 'file' });
      expect(s.defaults()).toEqual(other);
    };
    check(store);
    check((await openSettingsStore(dir)).store);
  });

  it('leaves the old file intact and no temp file when the rename fails', async () => {
    const { store } = await openSettingsStore(dir);
    await store.saveDefaults(strict);
    const before = await readFile(join(dir, SETTINGS_FILE), 'utf8');

    const crashing = (await openSettingsStore(dir, { fs: failingRename })).store;
    await expect(crashing.saveDefaults(DEFAULT_SETTINGS)).rejects.toThrow(/simulated crash/);
    expect(await readFile(join(dir, SETTINGS_FILE), 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
    // memory still matches the disk: the failed save did not take effect
    expect(crashing.defaults()).toEqual(strict);
  });

  it('sets a corrupt file aside, loads defaults and tells the user', async () => {
    await writeFile(join(dir, SETTINGS_FILE), '{"version":1,"defaults":{"targets":{"default":99.9}}');
    const fixedNow = new Date('2026-11-24T22:05:01.123Z');
    const { store, notices } = await openSettingsStore(dir, { now: () => fixedNow });
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(store.firstRun).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'warning', code: 'settings-reset' });
    expect(notices[0]!.message).toContain('settings.json.corrupt-2026-11-24T22-05-01-123Z');
    expect((await readdir(dir)).sort()).toEqual(['settings.json.corrupt-2026-11-24T22-05-01-123Z']);
  });

  it('treats valid JSON that fails the schema as corrupt and names the bad field', async () => {
    // a percent where a fraction belongs: 99.9 is not a valid target
    await writeFile(
      join(dir, SETTINGS_FILE),
      JSON.stringify({ version: 1, defaults: { targets: { default: 99.9 } }, files: {} }),
    );
    const { store, notices } = await openSettingsStore(dir);
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]!.message).toContain('defaults.targets.default');
  });
});

describe('a settings file that cannot be read does not stop the start (issue 19 items 6 and 13b)', () => {
  const fixedNow = new Date('2026-11-24T22:05:01.123Z');
  const asideName = 'settings.json.corrupt-2026-11-24T22-05-01-123Z';

  it('sets a 230 MB file aside unread, starts on defaults and says so', async () => {
    // sparse: the size is real, the disk blocks are not; reading it whole blocked the start for seconds
    const handle = await nodeFs.open(join(dir, SETTINGS_FILE), 'w');
    await handle.truncate(230 * 1024 * 1024);
    await handle.close();
    const { store, notices } = await openSettingsStore(dir, { now: () => fixedNow });
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('more than the 16777216 allowed');
    expect(notices[0]!.message).toContain(asideName);
    expect(await readdir(dir)).toEqual([asideName]);
    expect((await nodeFs.stat(join(dir, asideName))).size).toBe(230 * 1024 * 1024);
  });

  it('refuses valid JSON over the limit too: size alone decides', async () => {
    const valid = JSON.stringify({ version: 1, defaults: strict, files: {} });
    await writeFile(join(dir, SETTINGS_FILE), valid + ' '.repeat(4096));
    const { store, notices } = await openSettingsStore(dir, { now: () => fixedNow, maxFileBytes: 4096 });
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]!.message).toContain('more than the 4096 allowed');
  });

  it('drops the least recently saved logs rather than write a file it would refuse at the next start', async () => {
    // each entry is about 900 bytes of JSON (the full settings object, indented): 4 KiB holds a few, not ten
    let clock = 0;
    const { store } = await openSettingsStore(dir, { now: () => new Date(++clock), maxFileBytes: 4096 });
    for (let i = 0; i < 10; i++) await store.saveForFile(join(dir, `log-${i}.csv`), strict);
    expect((await nodeFs.stat(join(dir, SETTINGS_FILE))).size).toBeLessThanOrEqual(4096);
    expect(store.forFile(join(dir, 'log-9.csv')).source).toBe('file');
    expect(store.forFile(join(dir, 'log-0.csv')).source).toBe('defaults');
    const reopened = await openSettingsStore(dir, { maxFileBytes: 4096 });
    expect(reopened.notices).toEqual([]);
    expect(reopened.store.forFile(join(dir, 'log-9.csv'))).toEqual({ settings: strict, source: 'file' });
  });

  it('sets aside a folder where the file should be', async () => {
    await nodeFs.mkdir(join(dir, SETTINGS_FILE));
    const { store, notices } = await openSettingsStore(dir, { now: () => fixedNow });
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]).toMatchObject({ level: 'warning', code: 'settings-reset' });
    expect(notices[0]!.message).toContain('is a folder, not a file');
    expect(await readdir(dir)).toEqual([asideName]);
    // and the next save starts a new file
    await store.saveDefaults(strict);
    expect((await openSettingsStore(dir)).store.defaults()).toEqual(strict);
  });

  it('sets aside a file it may not read (EACCES) and starts on defaults', async () => {
    await writeFile(join(dir, SETTINGS_FILE), JSON.stringify({ version: 1, defaults: strict, files: {} }));
    // as root chmod 000 still reads, so the refusal is the OS's answer to open(), made here
    const refusing: AtomicWriteFs = {
      ...failingRename,
      rename: nodeFs.rename,
      open: ((path: string, flags: unknown, mode?: number) =>
        typeof flags === 'number'
          ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' }))
          : nodeFs.open(path, flags as string, mode)) as typeof nodeFs.open,
    };
    const { store, notices } = await openSettingsStore(dir, { now: () => fixedNow, fs: refusing });
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]!.message).toContain('cannot be read (permission denied)');
    expect(notices[0]!.message).toContain(asideName);
    expect(await readdir(dir)).toEqual([asideName]);
  });

  it('starts on defaults even when the unreadable file cannot be moved, and says where it is', async () => {
    await nodeFs.mkdir(join(dir, SETTINGS_FILE));
    // failingRename's rename fails as a read-only folder would make it fail for a normal user
    const { store, notices } = await openSettingsStore(dir, { now: () => fixedNow, fs: failingRename });
    expect(store.defaults()).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]!.message).toContain(`It is still at ${join(dir, SETTINGS_FILE)}`);
    expect(notices[0]!.message).toContain('default settings are in use');
    expect(await readdir(dir)).toEqual([SETTINGS_FILE]);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the whole file', async () => {
    const target = join(dir, 'out.json');
    await writeFile(target, 'old old old old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('creates nothing when the rename fails for a new file', async () => {
    await expect(writeFileAtomic(join(dir, 'new.json'), 'x', failingRename)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
