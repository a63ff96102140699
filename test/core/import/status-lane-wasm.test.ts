import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { generatedModule, moduleFileOf, watFiles } from '../../../scripts/assemble-wasm.mjs';

/**
 * The WebAssembly the importer runs is committed as bytes (core/import/source/wasm/*-wasm.ts) so no build needs the
 * assembler; this keeps those bytes the assembly of their committed text source.
 */
describe('committed WebAssembly', () => {
  it('is the assembly of its .wat source (run node scripts/assemble-wasm.mjs after editing one)', async () => {
    const files = (watFiles as () => string[])();
    expect(files.length).toBeGreaterThan(0);
    for (const wat of files) {
      const expected = await (generatedModule as (f: string) => Promise<string>)(wat);
      expect(readFileSync((moduleFileOf as (f: string) => string)(wat), 'utf8'), wat).toBe(expected);
    }
  });
});
