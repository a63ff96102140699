import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { LOG_FILE_FILTERS, LOGO_FILE_FILTERS, SETTINGS_FILE_FILTERS, SLO_FILE_FILTERS, type Dialogs } from './dialogs';
import { REPORT_FILE_FILTERS } from './report-export';

/** The Dialogs the handlers use, made of Electron's dialog module, modal to the asking window. */
export function electronDialogs(dialog: Dialog, windowOf: (windowId: number) => BrowserWindow | null): Dialogs {
  const openOne = async (windowId: number, title: string, filters: Electron.FileFilter[]): Promise<string | null> => {
    const options: Electron.OpenDialogOptions = { title, filters, properties: ['openFile'] };
    const win = windowOf(windowId);
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
  return {
    chooseLogFile: (windowId) => openOne(windowId, 'Open Log', LOG_FILE_FILTERS),
    chooseSettingsFile: (windowId) => openOne(windowId, 'Import Settings', SETTINGS_FILE_FILTERS),
    chooseSloFile: (windowId) => openOne(windowId, 'Import OpenSLO', SLO_FILE_FILTERS),
    chooseReportFile: (windowId) => openOne(windowId, 'Open Report', REPORT_FILE_FILTERS),
    chooseLogoFile: (windowId) => openOne(windowId, 'Choose Cover Logo', LOGO_FILE_FILTERS),
    async chooseSaveFile(windowId, { defaultName, filters }) {
      const options: Electron.SaveDialogOptions = {
        defaultPath: defaultName,
        filters,
        properties: ['showOverwriteConfirmation'],
      };
      const win = windowOf(windowId);
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async confirmDroppedFile(windowId, path) {
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        buttons: ['Open', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
        title: 'Open Log',
        message: `Open ${basename(path)}?`,
        detail: path,
      };
      const win = windowOf(windowId);
      const r = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return r.response === 0;
    },
  };
}
