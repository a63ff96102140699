import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../core/io/read-regular-file';
import { readSettingsFile, SettingsFileError } from '../../../core/io/read-settings-file';

const dir = mkdtempSync(join(tmpdir(), 'sla-read-regular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a regular file whole, up to exactly the bound', async () => {
    const p = join(dir, 'ten.txt');
    writeFileSync(p, '0123456789');
    expect((await readRegularFile(p, 10)).toString()).toBe('0123456789');
    await expect(readRegularFile(p, 9)).rejects.toMatchObject({ kind: 'too-large' });
  });

  it.runIf(process.platform !== 'win32')('refuses a FIFO and a device by what the open handle is', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFile(fifo, 1024)).rejects.toMatchObject({ kind: 'not-a-file' });
    await expect(readRegularFile('/dev/zero', 1024)).rejects.toMatchObject({ kind: 'not-a-file' });
  });

  it('names a missing file, a folder and a refused open by kind', async () => {
    await expect(readRegularFile(join(dir, 'nope'), 10)).rejects.toMatchObject({ kind: 'missing' });
    await expect(readRegularFile(dir, 10)).rejects.toMatchObject({ kind: 'not-a-file' });
    const eacces = () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    await expect(readRegularFile(join(dir, 'ten.txt'), 10, eacces)).rejects.toMatchObject({
      kind: 'unreadable',
      message: 'cannot be read (permission denied)',
    });
  });
});

describe('readSettingsFile', () => {
  it('reads valid settings (a BOM allowed) and fills the defaults', async () => {
    const p = join(dir, 'ok.json');
    writeFileSync(p, '\uFEFF{"targets":{"default":0.9995}}');
    const s = await readSettingsFile(p, 'ok.json');
    expect(s.targets.default).toBe(0.9995);
  });

  it.each([
    ['not JSON', '{"targets": ', 'invalid-input', /^bad\.json: not valid JSON \(/],
    ['a percent for a fraction', '{"targets":{"default":99.9}}', 'invalid-input', /^bad\.json: targets\.default: /],
  ])('%s: a SettingsFileError naming the file', async (_what, text, problem, message) => {
    const p = join(dir, 'bad.json');
    writeFileSync(p, text);
    const error = await readSettingsFile(p, 'bad.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsFileError);
    expect(error).toMatchObject({ problem });
    expect((error as Error).message).toMatch(message);
  });

  it('calls a folder denied and an unreadable file io, as the app reports them', async () => {
    await expect(readSettingsFile(dir, 'folder')).rejects.toMatchObject({ problem: 'denied' });
    const eacces = () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    await expect(readSettingsFile(join(dir, 'ok.json'), 'ok.json', eacces)).rejects.toMatchObject({
      problem: 'io',
      message: 'ok.json: cannot be read (permission denied)',
    });
  });
});
