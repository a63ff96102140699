import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-channels';

export interface MenuActions {
  /** pushes a command to the focused window's renderer */
  command(command: MenuCommand): void;
  /** opens a recent file by its id */
  openRecent(id: string): void;
  clearRecent(): void;
}

export interface RecentMenuItem {
  id: string;
  fileName: string;
}

/**
 * The application menu: the usual roles plus the app's commands. Commands go to the renderer, which calls
 * the same API as its own buttons, so the menu and the UI cannot drift apart. Pure: Menu.buildFromTemplate
 * happens in the glue.
 */
export function menuTemplate(
  platform: string,
  appName: string,
  recent: readonly RecentMenuItem[],
  actions: MenuActions,
  /** unpackaged: adds Reload and the developer tools */
  development = false,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((r) => ({ label: r.fileName, click: () => actions.openRecent(r.id) })),
        { type: 'separator' },
        { label: 'Clear Recent', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        cmd('Settings…', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        cmd('Open Log…', 'open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recentItems },
        cmd('Open Sample', 'open-sample'),
        cmd('Open from Prometheus…', 'open-prometheus'),
        cmd('Open Report…', 'open-report'),
        cmd('Save Report…', 'save-report', 'CmdOrCtrl+S'),
        { type: 'separator' },
        cmd('Map Columns…', 'map-columns'),
        { type: 'separator' },
        cmd('Export PDF Report…', 'export-pdf', 'CmdOrCtrl+E'),
        cmd('Export CSV…', 'export-csv'),
        cmd('Export JSON…', 'export-json'),
        cmd('Export Outage List (CSV)…', 'export-outages'),
        { type: 'separator' },
        cmd('Import Settings…', 'import-settings'),
        cmd('Export Settings…', 'export-settings'),
        ...(mac
          ? []
          : [
              { type: 'separator' } as const,
              cmd('Settings…', 'settings', 'CmdOrCtrl+,'),
              { type: 'separator' } as const,
              { role: 'quit' } as const,
            ]),
        ...(mac ? [{ type: 'separator' } as const, { role: 'close' } as const] : []),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        cmd('Import Diagnostics', 'show-diagnostics'),
        cmd('Toggle Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+D'),
        {
          label: 'Language',
          submenu: [cmd('English', 'language-en'), cmd('Bahasa Indonesia', 'language-id')],
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(development
          ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
          : []),
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}
