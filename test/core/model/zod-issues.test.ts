import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from '../../../core/model/zod-issues';
import { parseSettings } from '../../../core/model/settings';

const schema = z.object({ users: z.number().min(0), name: z.string(), tags: z.array(z.string()) });

describe('formatZodIssues', () => {
  it('names each bad field by its path, in one line', () => {
    const r = schema.safeParse({ users: -1, name: 3, tags: ['a', 4] });
    expect(r.success).toBe(false);
    const text = formatZodIssues(r.error!);
    expect(text.split('; ').map((part) => part.split(':')[0])).toEqual(['users', 'name', 'tags.1']);
  });

  it('names a value wrong as a whole by the given root, and keeps only the first issues when asked', () => {
    expect(formatZodIssues(schema.safeParse(7).error!, { root: '(payload)' })).toMatch(/^\(payload\): /);
    expect(formatZodIssues(schema.safeParse(7).error!)).toMatch(/^\(root\): /);
    const three = schema.safeParse({ users: -1, name: 3, tags: 5 }).error!;
    expect(formatZodIssues(three, { max: 2 }).split('; ')).toHaveLength(2);
  });

  it('is what a bad settings file is told', () => {
    const r = parseSettings({ users: -5 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^users: /);
  });
});
