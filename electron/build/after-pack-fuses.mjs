// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// Fuses are compiled-in switches; turning these off removes ways to make the signed app run other code:
// ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect, and loading app code from outside app.asar.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuse settings of a packaged build for `platform` (electron-builder's electronPlatformName). */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // content comes from app://, never file://: file pages get no extra privileges
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // electron-builder records the asar hash in Info.plist on macOS; other platforms leave the fuse as built
    ...(platform === 'darwin' ? { [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true } : {}),
    // an arm64 macOS binary must be re-signed ad hoc after its bytes change, or it will not start unsigned
    resetAdHocDarwinSignature: platform === 'darwin',
  };
}

/** Where the Electron binary of a packaged app is, per platform. */
export function electronBinaryPath(context) {
  const { electronPlatformName: platform, appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${name}.app`);
  if (platform === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), fuseConfig(context.electronPlatformName));
}
