import { rename } from 'node:fs/promises';
import type { z } from 'zod';
import { readRegularFile, UnreadableFileError, type OpenFile } from '@core/io/read-regular-file';
import { clipText } from '@core/format/clip-text';
import { formatZodIssues } from '@core/model/zod-issues';

export type JsonLoad<T> =
  | { status: 'missing'; value: T }
  | { status: 'loaded'; value: T }
  /**
   * the file was unreadable, too large or invalid; value is the fallback. It has been moved to
   * `setAsidePath`, or left in place (null) when even that failed, and then `reason` says why.
   */
  | { status: 'corrupt'; value: T; setAsidePath: string | null; reason: string };

/** Files the app keeps for itself are a few hundred kB at most; anything larger is not one we wrote. */
export const MAX_JSON_FILE_BYTES = 16 * 1024 * 1024;

/** `settings.json.corrupt-2026-11-24T22-05-01-123Z`: sortable, and legal in file names on every OS. */
export function corruptName(path: string, now: Date): string {
  return `${path}.corrupt-${now.toISOString().replace(/:/g, '-').replace('.', '-')}`;
}

export interface LoadJsonOptions {
  maxBytes?: number;
  /** tests pass calls that fail as the OS would (EACCES cannot be made as root) */
  open?: OpenFile;
  rename?: (from: string, to: string) => Promise<void>;
}

/**
 * Reads a JSON file the app itself wrote and validates it. A file that cannot be read (a folder, no
 * permission, a FIFO), is larger than `maxBytes`, cannot be parsed or fails the schema never stops the app
 * from starting: it is moved aside (never deleted: the user may want it back) and `fallback` is returned.
 */
export async function loadJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  fallback: z.output<S>,
  now: () => Date = () => new Date(),
  options: LoadJsonOptions = {},
): Promise<JsonLoad<z.output<S>>> {
  let reason: string;
  try {
    const bytes = await readRegularFile(path, options.maxBytes ?? MAX_JSON_FILE_BYTES, options.open);
    const parsed = parse(bytes.toString('utf8'), schema);
    if (parsed.ok) return { status: 'loaded', value: parsed.value };
    reason = parsed.reason;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (error.kind === 'missing') return { status: 'missing', value: fallback };
    reason = error.message;
  }
  const target = corruptName(path, now());
  try {
    await (options.rename ?? rename)(path, target);
    return { status: 'corrupt', value: fallback, setAsidePath: target, reason };
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      status: 'corrupt',
      value: fallback,
      setAsidePath: null,
      reason: `${reason}; it could not be moved (${why})`,
    };
  }
}

/** `text` as JSON that `schema` accepts, or why not (the first few problems, clipped). */
function parse<S extends z.ZodType>(
  text: string,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${clipText((error as Error).message, 200)})` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reason: formatZodIssues(parsed.error, { max: 5 }) };
}
