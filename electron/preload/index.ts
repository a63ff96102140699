import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi } from './api';

const api = createApi(ipcRenderer, (file) => webUtils.getPathForFile(file), process.versions['electron'] ?? '');
export type SlaApi = typeof api;
contextBridge.exposeInMainWorld('sla', api);
