import { describe, expect, it } from 'vitest';
import { CompositeSyntaxError, parseCompositeDefinition } from '../../../core/compute/composite-expression';
import { parseSettings } from '../../../core/model/settings';

const problem = (text: string): string => {
  try {
    parseCompositeDefinition(text);
  } catch (e) {
    if (e instanceof CompositeSyntaxError) return e.message;
    throw e;
  }
  throw new Error(`"${text}" parsed`);
};

describe('composite definitions', () => {
  it('reads series, parallel and nesting, names trimmed and spaces inside kept', () => {
    expect(parseCompositeDefinition('App=API&DB')).toEqual({
      name: 'App',
      root: {
        kind: 'series',
        parts: [
          { kind: 'service', name: 'API' },
          { kind: 'service', name: 'DB' },
        ],
      },
    });
    expect(parseCompositeDefinition(' Site = Edge & ( Public API | API v2 ) ').root).toEqual({
      kind: 'series',
      parts: [
        { kind: 'service', name: 'Edge' },
        {
          kind: 'parallel',
          parts: [
            { kind: 'service', name: 'Public API' },
            { kind: 'service', name: 'API v2' },
          ],
        },
      ],
    });
    expect(parseCompositeDefinition('One=(API)').root).toEqual({ kind: 'service', name: 'API' });
  });

  it('names the column of each problem', () => {
    expect(problem('App')).toBe('at column 4: expected NAME=EXPRESSION, e.g. App=API&DB');
    expect(problem('=API')).toBe('at column 1: the composite has no name before "="');
    expect(problem('App=API&&DB')).toBe('at column 9: expected a service name or "(", found "&"');
    expect(problem('App=API&')).toBe('at column 9: expected a service name or "(" here, found the end');
    expect(problem('App=A&B|C')).toBe('at column 8: "&" and "|" mixed at one level: add parentheses, e.g. A&(B|C)');
    expect(problem('App=(A|B')).toBe('at column 9: missing ")"');
    expect(problem('App=A)')).toBe('at column 6: a ")" without its "("');
    expect(problem('App=A&*')).toBe('at column 7: "*" is the platform row, not a component');
    expect(problem('A(1)=B')).toBe('at column 2: a composite\'s name cannot hold "("');
  });

  it('the settings schema refuses a bad expression and a repeated name, as the app saves them', () => {
    const bad = parseSettings({ composites: [{ name: 'App', expression: 'API|' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('at column 5: expected a service name or "(" here, found the end');
    const twice = parseSettings({
      composites: [
        { name: 'App', expression: 'A&B' },
        { name: 'App', expression: 'A|B' },
      ],
    });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error).toContain('composite names must be unique');
  });
});
