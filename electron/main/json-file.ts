import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';
import { formatZodIssues } from '@core/model/zod-issues';

export type JsonLoad<T> =
  | { status: 'missing'; value: T }
  | { status: 'loaded'; value: T }
  /** the file was unreadable or invalid and has been moved to `setAsidePath`; value is the fallback */
  | { status: 'corrupt'; value: T; setAsidePath: string; reason: string };

/** `settings.json.corrupt-2026-11-24T22-05-01-123Z`: sortable, and legal in file names on every OS. */
export function corruptName(path: string, now: Date): string {
  return `${path}.corrupt-${now.toISOString().replace(/:/g, '-').replace('.', '-')}`;
}

/**
 * Reads a JSON file the app itself wrote and validates it. A file that cannot be parsed or fails the schema
 * is moved aside (never deleted: the user may want it back) and `fallback` is returned so the app can start.
 */
export async function loadJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  fallback: z.output<S>,
  now: () => Date = () => new Date(),
): Promise<JsonLoad<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', value: fallback };
    throw error;
  }
  let reason: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { status: 'loaded', value: parsed.data };
    reason = formatZodIssues(parsed.error, { max: 5 });
  } catch (error) {
    reason = `not valid JSON (${(error as Error).message})`;
  }
  const setAsidePath = corruptName(path, now());
  await rename(path, setAsidePath);
  return { status: 'corrupt', value: fallback, setAsidePath, reason };
}
