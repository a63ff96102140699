import { isAppUrl } from './app-origin';

/** What the main process knows about whoever sent an IPC message (IpcMainInvokeEvent). */
export interface IpcSenderLike {
  sender: { id: number };
  /** WebFrameMain of the sending frame; null once it navigated away or was destroyed */
  senderFrame?: { url: string; parent?: unknown } | null;
}

/**
 * Only the top frame of a window the app created, showing one of the app's own pages, may call the main
 * process. A page that somehow navigated elsewhere, an iframe, or any other webContents gets nothing.
 * (WebFrameMain.parent is null for a top frame; identity with webContents.mainFrame is not relied upon.)
 */
export function isTrustedSender(
  event: IpcSenderLike,
  knownWebContents: ReadonlySet<number>,
  appOrigins: readonly string[],
): boolean {
  if (!knownWebContents.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url, appOrigins);
}
