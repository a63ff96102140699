import { contextBridge } from 'electron';

const api = {
  versions: { electron: process.versions['electron'] ?? '' },
};
export type SlaApi = typeof api;
contextBridge.exposeInMainWorld('sla', api);
