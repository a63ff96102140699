import { fail, InvokeChannel, type EventChannel, type IpcEvent } from '../shared/ipc-contract';
import { dispatch, type Handlers } from './ipc-dispatch';
import type { IpcSenderLike } from './security/ipc-sender';

/** The parts of ipcMain and its invoke event used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}
export interface IpcInvokeEventLike extends IpcSenderLike {
  sender: IpcSenderLike['sender'] & { send(channel: string, data: unknown): void; isDestroyed?(): boolean };
}

/**
 * Registers every channel of the contract. Each call is first checked for its sender (a window the app made,
 * showing an app page: `isTrusted`), then validated and dispatched. Returns a function that unregisters.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
  windowIdOf: (event: IpcInvokeEventLike) => number,
): () => void {
  const channels = Object.values(InvokeChannel);
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrusted(event)) return fail('denied', 'This request did not come from a window of the app.');
      const sender = event.sender;
      return dispatch(
        handlers,
        channel,
        {
          windowId: windowIdOf(event),
          send: <C extends EventChannel>(eventChannel: C, data: IpcEvent<C>) => {
            if (!sender.isDestroyed?.()) sender.send(eventChannel, data);
          },
        },
        payload,
      );
    });
  }
  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}
