/**
 * The walls of docs/architecture.md are dependency-cruiser rules (.dependency-cruiser.cjs). Each tree under
 * fixtures/ breaks exactly one of them, cruised with the project's own rules: each must be reported, and
 * only it, and the real tree must break none.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(__dirname, 'fixtures');

interface Violation {
  rule: string;
  from: string;
  to: string;
  /** for a cycle: the modules around it, from `to` back to `from` */
  cycle?: string[];
}

/** Cruises `baseDir` as `npm run lint:deps` cruises the project; the rules broken, as rule, from, to. */
async function violations(baseDir: string): Promise<Violation[]> {
  const options: ICruiseOptions = await extractDepcruiseOptions(resolve(ROOT, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(resolve(ROOT, 'tsconfig.node.json'));
  const { output } = await cruise(['.'], { ...options, baseDir }, {}, { tsConfig });
  return (output as ICruiseResult).summary.violations
    .map((v) => ({ rule: v.rule.name, from: v.from, to: v.to, ...(v.cycle && { cycle: v.cycle.map((c) => c.name) }) }))
    .sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`));
}

/** A package as the cruise names it: its file under node_modules, wherever that folder is. */
const inNodeModules = (name: string) => expect.stringMatching(new RegExp(`(^|/)node_modules/${name}/`));

describe('the walls, each proven by a tree that breaks it', () => {
  it.each<[string, Violation[]]>([
    [
      // both imports are type-only: they count. A cycle is reported once, from the first module of it.
      'cycle',
      [{ rule: 'no-circular', from: 'core/day.ts', to: 'core/month.ts', cycle: ['core/month.ts', 'core/day.ts'] }],
    ],
    ['core-imports-react', [{ rule: 'core-not-to-ui-packages', from: 'core/badge.ts', to: inNodeModules('react') }]],
    ['core-imports-renderer', [{ rule: 'core-not-to-shell', from: 'core/label.ts', to: 'renderer/words.ts' }]],
    ['renderer-imports-node', [{ rule: 'renderer-not-to-node', from: 'renderer/load-log.ts', to: 'fs' }]],
    [
      'renderer-imports-main',
      [{ rule: 'renderer-not-to-main-or-preload', from: 'renderer/open.ts', to: 'electron/main/handlers.ts' }],
    ],
    [
      'renderer-imports-electron',
      [{ rule: 'renderer-not-to-electron', from: 'renderer/ask.ts', to: inNodeModules('electron') }],
    ],
    [
      'preload-imports-main',
      [{ rule: 'preload-not-to-main', from: 'electron/preload/index.ts', to: 'electron/main/handlers.ts' }],
    ],
    ['unresolvable', [{ rule: 'not-to-unresolvable', from: 'core/totals.ts', to: './sums' }]],
  ])('%s is reported, and nothing else', async (fixture, expected) => {
    expect(await violations(resolve(FIXTURES, fixture))).toEqual(expected);
  });

  it('the real tree crosses no wall and has no cycle', async () => {
    expect(await violations(ROOT)).toEqual([]);
  });
});
