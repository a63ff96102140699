import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../electron/shared/ipc-channels';
import { menuTemplate } from '../../electron/main/menu-template';
import { logPathFromArgv, PendingOpens } from '../../electron/main/pending-opens';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  restorableBounds,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/main/window-state';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-plumbing-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

describe('application menu', () => {
  const build = (platform: string, recent = [{ id: 'r1', fileName: 'a.csv' }], dev = false) => {
    const sent: MenuCommand[] = [];
    const opened: string[] = [];
    const template = menuTemplate(
      platform,
      'SLA',
      recent,
      { command: (c) => sent.push(c), openRecent: (id) => opened.push(id), clearRecent: () => {} },
      dev,
    );
    return { template, sent, opened };
  };

  it('sends each app command to the renderer, and opens recent files by id', () => {
    const { template, sent, opened } = build('linux');
    const all = items(template);
    for (const item of all)
      if (item.click && item.label !== 'a.csv' && item.label !== 'Clear Recent') (item.click as () => void)();
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
    (all.find((i) => i.label === 'a.csv')!.click as () => void)();
    expect(opened).toEqual(['r1']);
    expect(all.find((i) => i.label === 'Open Log…')!.accelerator).toBe('CmdOrCtrl+O');
    expect(all.find((i) => i.label === 'Export PDF Report…')!.accelerator).toBe('CmdOrCtrl+E');
  });

  it('has the macOS app menu only on macOS, and developer tools only in development', () => {
    expect(build('darwin').template[0]!.label).toBe('SLA');
    expect(build('win32').template[0]!.label).toBe('&File');
    expect(items(build('linux').template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(build('linux', [], true).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(items(build('linux', []).template).find((i) => i.label === 'No Recent Files')!.enabled).toBe(false);
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('restores position and size on a connected display', async () => {
    await saveWindowState(dir, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    const state = await loadWindowState(dir);
    expect(state).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(restorableBounds(state, screen)).toEqual({ x: 100, y: 50, width: 1400, height: 900 });
  });

  it('keeps only the size when the saved display is gone', () => {
    const state = { x: 2500, y: 100, width: 1400, height: 900, maximized: false };
    expect(restorableBounds(state, screen)).toEqual({ width: 1400, height: 900 });
  });

  it('starts at the default size without a saved state, or with a corrupt one (set aside)', async () => {
    expect(restorableBounds(await loadWindowState(dir), screen)).toEqual(DEFAULT_WINDOW_SIZE);
    await writeFile(join(dir, WINDOW_STATE_FILE), '{"x": "left"}');
    expect(await loadWindowState(dir)).toBeNull();
    expect((await readdir(dir)).some((f) => f.startsWith(`${WINDOW_STATE_FILE}.corrupt-`))).toBe(true);
  });

  it('does not save nonsense sizes', async () => {
    await saveWindowState(dir, { x: 0, y: 0, width: 10, height: 10, maximized: false });
    expect(await loadWindowState(dir)).toBeNull();
  });
});

describe('logs from the command line and the OS', () => {
  it('finds the log path after the app arguments, skipping switches', () => {
    expect(logPathFromArgv(['/usr/bin/electron', '.', 'log.csv'], false)).toBe('log.csv');
    expect(logPathFromArgv(['/usr/bin/electron', '.', '--inspect', 'log.csv'], false)).toBe('log.csv');
    expect(logPathFromArgv(['/opt/SLA/sla', 'log.csv'], true)).toBe('log.csv');
    expect(logPathFromArgv(['/opt/SLA/sla', '--no-sandbox'], true)).toBeNull();
    expect(logPathFromArgv(['/usr/bin/electron', '.'], false)).toBeNull();
  });

  it('queues waiting logs in arrival order', () => {
    const pending = new PendingOpens();
    expect(pending.peekName()).toBeNull();
    pending.push('/a/first.csv');
    pending.push('/b/second.csv');
    expect(pending.peekName()).toBe('first.csv');
    expect(pending.take()).toBe('/a/first.csv');
    expect(pending.take()).toBe('/b/second.csv');
    expect(pending.take()).toBeNull();
  });
});
