import { dispatch, type HandlerContext, type Handlers } from '../../electron/main/ipc-dispatch';
import type { Envelope, InvokeChannel, IpcResult } from '../../electron/shared/ipc-contract';

/**
 * Calls into the handlers exactly as the IPC registration does (payload validated, envelope back): `call` gives
 * the envelope, `value` the value or a thrown error naming the channel. `handlers` is read at each call, as a
 * test restarts its services.
 */
export function ipcCalls(handlers: () => Handlers, context: HandlerContext) {
  function call<C extends InvokeChannel>(channel: C, payload?: unknown): Promise<Envelope<IpcResult<C>>> {
    return dispatch(handlers(), channel, context, payload);
  }
  async function value<C extends InvokeChannel>(channel: C, payload?: unknown): Promise<IpcResult<C>> {
    const r = await call(channel, payload);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`);
    return r.value;
  }
  return { call, value };
}
