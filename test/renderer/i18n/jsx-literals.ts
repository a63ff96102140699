import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Attributes a person reads (or a screen reader says): their string values must come from i18n too. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);

export interface Literal {
  file: string;
  line: number;
  text: string;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every piece of text written straight into JSX under `dir`: JSX text with a letter in it, and string values of
 * the attributes a person reads. Punctuation and figures between expressions (" · ", "(", "%") are not words.
 */
export function jsxLiterals(dir: string, root: string): Literal[] {
  const out: Literal[] = [];
  for (const path of tsxFiles(dir)) {
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const add = (node: ts.Node, text: string) => {
      if (!/\p{L}/u.test(text)) return;
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ file: relative(root, path), line, text: text.trim() });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node)) add(node, node.text);
      else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
        const init = node.initializer;
        if (init && ts.isStringLiteral(init)) add(init, init.text);
        else if (init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression))
          add(init, init.expression.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
