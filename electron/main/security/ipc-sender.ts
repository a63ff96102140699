import { isAppUrl } from './app-origin';

/** What the main process knows about whoever sent an IPC message. */
export interface IpcSenderLike {
  sender: { id: number; mainFrame?: unknown };
  senderFrame?: { url: string } | null;
}

/**
 * Only the main frame of a window the app created, showing one of the app's own pages, may call the main
 * process. A page that somehow navigated elsewhere, an iframe, or any other webContents gets nothing.
 */
export function isTrustedSender(
  event: IpcSenderLike,
  knownWebContents: ReadonlySet<number>,
  appOrigins: readonly string[],
): boolean {
  if (!knownWebContents.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  if (event.sender.mainFrame !== undefined && frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, appOrigins);
}
