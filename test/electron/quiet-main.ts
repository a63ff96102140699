import type { Dialogs } from '../../electron/main/dialogs';
import type { MainServicesOptions } from '../../electron/main/main-services';

const never = async (): Promise<null> => null;

/** File dialogs the user always closes, and a dropped file never confirmed: tests override the ones they use. */
export const CLOSED_DIALOGS: Dialogs = {
  chooseLogFile: never,
  chooseSettingsFile: never,
  chooseSloFile: never,
  chooseReportFile: never,
  chooseLogoFile: never,
  chooseSaveFile: never,
  confirmDroppedFile: async () => false,
};

/** An English Linux app of no particular version. */
export const PLAIN_APP_INFO: MainServicesOptions['appInfo'] = {
  locale: 'en',
  preferredLanguages: ['en'],
  platform: 'linux',
  versions: { app: '0', electron: '0', chrome: '0' },
};
