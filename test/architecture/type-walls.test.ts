/**
 * The walls the type-checker keeps (docs/architecture.md, "Walls"): core/ is compiled without the DOM library
 * (tsconfig.node.json), the renderer without Node's types (tsconfig.web.json). A file that uses a global of
 * the other side is an error there, and the same file compiles on its own side.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(__dirname, 'fixtures');

/** Parsed once for all four programs: the DOM library and Node's types are most of the time of each. */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** The type errors of one file compiled with a project's tsconfig. */
function typeErrors(tsconfig: string, file: string): string[] {
  const configFile = resolve(ROOT, tsconfig);
  const { config } = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configFile);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => {
    if (!parsed.has(name)) parsed.set(name, getSourceFile(name, language));
    return parsed.get(name);
  };
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('the walls the type-checker keeps', () => {
  const pageTitle = resolve(FIXTURES, 'core-uses-dom/core/page-title.ts');
  const buildMode = resolve(FIXTURES, 'renderer-uses-node/renderer/build-mode.ts');

  it('core/ has no DOM: `document` is unknown there, and known to the renderer', () => {
    expect(typeErrors('tsconfig.node.json', pageTitle)).toEqual([
      expect.stringContaining("Cannot find name 'document'"),
    ]);
    expect(typeErrors('tsconfig.web.json', pageTitle)).toEqual([]);
  });

  it('the renderer has no Node: `process` is unknown there, and known to the Node side', () => {
    expect(typeErrors('tsconfig.web.json', buildMode)).toEqual([expect.stringContaining("Cannot find name 'process'")]);
    expect(typeErrors('tsconfig.node.json', buildMode)).toEqual([]);
  });
});
