import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
// electron-builder's own schema check, as `electron-builder` runs it before packaging
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
// js-yaml comes with electron-builder (it reads this very file with it); it ships no types
// @ts-expect-error no type declarations
import { load } from 'js-yaml';
// @ts-expect-error plain ESM hook for electron-builder, no type declarations
import afterPack, { fuseConfig } from '../../electron/build/after-pack-fuses.mjs';

interface BuilderConfig {
  afterPack: string;
  asar: boolean;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
}

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 0x31;
const DISABLE = 0x30;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-fuses-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in Electron binary: junk, the fuse sentinel, wire version 1, 8 fuses all enabled, junk. */
async function fakeElectron(path: string): Promise<void> {
  const wire = Buffer.from([1, 8, ...new Array<number>(8).fill(ENABLE)]);
  await writeFile(
    path,
    Buffer.concat([Buffer.from('\x7fELF junk'), Buffer.from(SENTINEL), wire, Buffer.from('more junk')]),
  );
}

describe('packaging fuses', () => {
  it('turns RunAsNode, NODE_OPTIONS and inspect off and loads the app only from asar (Linux build)', async () => {
    const binary = join(dir, 'sla-downtime-calculator');
    await fakeElectron(binary);
    await afterPack({
      electronPlatformName: 'linux',
      appOutDir: dir,
      packager: { appInfo: { productFilename: 'SLA Downtime Calculator' }, executableName: 'sla-downtime-calculator' },
    });
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    // left as built on Linux: asar integrity validation is a macOS/Windows feature
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
  });

  it('adds asar integrity validation on macOS', () => {
    expect(fuseConfig('darwin')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig('win32')[FuseV1Options.RunAsNode]).toBe(false);
  });

  it('the electron-builder config passes its schema, runs the hook and targets Linux (AppImage, deb), Windows and macOS', async () => {
    const config = load(await readFile(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as BuilderConfig;
    expect(config.afterPack).toBe('./electron/build/after-pack-fuses.mjs');
    expect(config.asar).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toContain('dmg');
    await expect(validateConfiguration(config as never, new DebugLogger())).resolves.toBeUndefined();
  });
});
