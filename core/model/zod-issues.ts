import type { z } from 'zod';
import { clipText } from '../format/clip-text';

/**
 * A zod failure as one line for people: each bad field with its path and what is wrong, "users: Too small; ...".
 * `root` names a value that is wrong as a whole; `max` keeps a message short where the input may be large. Paths
 * and messages are clipped: they may quote a key or value of the input, which can be megabytes long.
 */
export function formatZodIssues(error: z.ZodError, options: { root?: string; max?: number } = {}): string {
  const { root = '(root)', max = Infinity } = options;
  return error.issues
    .slice(0, max)
    .map((i) => `${clipText(i.path.join('.'), 100) || root}: ${clipText(i.message, 200)}`)
    .join('; ');
}
