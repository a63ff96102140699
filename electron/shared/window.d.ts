import type { SlaApi } from '../preload/api';

declare global {
  interface Window {
    /** the desktop bridge (electron/preload/api.ts); absent when the renderer runs in a plain browser */
    sla: SlaApi;
  }
}

export {};
