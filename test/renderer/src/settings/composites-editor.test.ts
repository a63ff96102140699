import { describe, expect, it } from 'vitest';
import { parseCompositeLines } from '../../../../renderer/src/settings/CompositesEditor';
import { parseSettings } from '../../../../core/model/settings';

describe('the composites editor', () => {
  it('reads one definition a line into the settings the app saves', () => {
    const r = parseCompositeLines('App=API&DB\n\n Edge = CDN1 | CDN2 \n');
    expect(r).toEqual({
      ok: true,
      value: [
        { name: 'App', expression: 'API&DB' },
        { name: 'Edge', expression: 'CDN1 | CDN2' },
      ],
    });
    // what it applies is what the settings schema accepts
    expect(r.ok && parseSettings({ composites: r.value }).ok).toBe(true);
  });

  it('names the line and column of the first problem, and a name given twice', () => {
    expect(parseCompositeLines('App=API&DB\nEdge=CDN1|')).toEqual({
      ok: false,
      line: 2,
      problem: 'at column 11: expected a service name or "(" here, found the end',
    });
    expect(parseCompositeLines('App=A&B\nApp=A|B')).toEqual({ ok: false, line: 2, problem: '"App" is defined twice' });
  });
});
