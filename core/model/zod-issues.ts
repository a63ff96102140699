import type { z } from 'zod';

/**
 * A zod failure as one line for people: each bad field with its path and what is wrong, "users: Too small; ...".
 * `root` names a value that is wrong as a whole; `max` keeps a message short where the input may be large.
 */
export function formatZodIssues(error: z.ZodError, options: { root?: string; max?: number } = {}): string {
  const { root = '(root)', max = Infinity } = options;
  return error.issues
    .slice(0, max)
    .map((i) => `${i.path.join('.') || root}: ${i.message}`)
    .join('; ');
}
