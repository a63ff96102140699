import {
  fail,
  payloadSchemas,
  type Envelope,
  type EventChannel,
  type InvokeChannel,
  type IpcEvent,
  type IpcParsedPayload,
  type IpcResult,
} from '../shared/ipc-contract';
import { toIpcError } from './ipc-failure';
import { formatZodIssues } from '@core/model/zod-issues';

/** Who is calling: a window of the app, and the way back to it. */
export interface HandlerContext {
  /** BrowserWindow id (0 in tests and in the e2e harness) */
  windowId: number;
  send<C extends EventChannel>(channel: C, data: IpcEvent<C>): void;
}

export type Handler<C extends InvokeChannel> = (
  context: HandlerContext,
  payload: IpcParsedPayload<C>,
) => Promise<IpcResult<C>>;
export type Handlers = { [C in InvokeChannel]: Handler<C> };

/**
 * Validates a payload against its schema, runs the handler and wraps the outcome in an envelope. Used by the
 * ipcMain registration and, without Electron, by the e2e harness: both run exactly this path.
 */
export async function dispatch<C extends InvokeChannel>(
  handlers: Handlers,
  channel: C,
  context: HandlerContext,
  payload: unknown,
): Promise<Envelope<IpcResult<C>>> {
  const schema = payloadSchemas[channel];
  if (!schema) return fail('denied', `Unknown request "${String(channel)}".`);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const detail = formatZodIssues(parsed.error, { root: '(payload)', max: 5 });
    return fail('invalid-input', `The request was not valid: ${detail}`);
  }
  try {
    const value = await handlers[channel](context, parsed.data as IpcParsedPayload<C>);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toIpcError(error) };
  }
}
