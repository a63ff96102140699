/** The parts of Electron's Session the permission rules touch. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
  setDevicePermissionHandler?(handler: ((details: unknown) => boolean) | null): void;
}

/**
 * The app needs no browser permission (camera, notifications, geolocation, clipboard-read, HID, serial...):
 * every request and every check is answered no. `onDenied` lets the app log what was asked for.
 */
export function denyAllPermissions(
  session: PermissionSessionLike,
  onDenied: (permission: string) => void = () => {},
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    onDenied(permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
