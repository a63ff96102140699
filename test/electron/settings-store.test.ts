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
