import type { Envelope, IpcError } from '../../../electron/shared/ipc-contract';

/** the bridge's type as electron/shared/window.d.ts declares it: the renderer never imports the preload */
type SlaApi = Window['sla'];

/** window.sla, or null when the page runs outside the desktop shell (then the UI says so). */
export function slaApi(): SlaApi | null {
  return (window as { sla?: SlaApi }).sla ?? null;
}

export class BridgeError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

/** Unwraps an IPC envelope: the value, or a BridgeError carrying the people-facing message. */
export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (envelope.ok) return envelope.value;
  throw new BridgeError(envelope.error);
}

/** Any thrown value as an IpcError for display. */
export function asIpcError(e: unknown): IpcError {
  if (e instanceof BridgeError) return e.error;
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}
