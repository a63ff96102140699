import { ReportRangeError } from '@core/time/report-range';
import { ImportError } from '@core/model/import-result';
import type { IpcError, IpcErrorCode } from '../shared/ipc-contract';

/** Thrown by a handler to fail with a code and a message for people; the dispatcher turns it into an envelope. */
export class IpcFailure extends Error {
  override readonly name = 'IpcFailure';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly extra: Omit<IpcError, 'code' | 'message'> = {},
  ) {
    super(message);
  }
}

/** Any thrown value as the error half of an envelope. Stack traces stay in the main process. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcFailure) return { code: error.code, message: error.message, ...error.extra };
  if (error instanceof ImportError) {
    return error.line > 0
      ? { code: 'import', message: error.message, line: error.line }
      : { code: 'import', message: error.message };
  }
  if (error instanceof ReportRangeError) return { code: 'import', message: error.message };
  // pdf-export.ts words its errors for the person who clicked Export (matched by name: it imports Electron)
  if (error instanceof Error && error.name === 'PdfExportError') return { code: 'io', message: error.message };
  const errno = error as NodeJS.ErrnoException;
  if (errno && typeof errno.code === 'string' && typeof errno.syscall === 'string') {
    return { code: 'io', message: describeIoError(errno) };
  }
  return { code: 'internal', message: `Something went wrong: ${(error as Error)?.message ?? String(error)}` };
}

const IO_MESSAGES: Record<string, string> = {
  ENOENT: 'the file or folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is in use',
};

export function describeIoError(error: NodeJS.ErrnoException): string {
  const what = IO_MESSAGES[error.code ?? ''] ?? error.message;
  return error.path ? `${error.path}: ${what}` : what;
}
