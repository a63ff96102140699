/**
 * A composite service's definition, `NAME=EXPRESSION` (issue 18 item 3): `&` joins components in series (all
 * must be up), `|` in parallel (any one suffices), parentheses nest. One level mixing `&` and `|` is refused
 * rather than given a precedence the user may not expect ("A&B|C" reads both ways).
 */
export type CompositeNode = { kind: 'service'; name: string } | { kind: 'series' | 'parallel'; parts: CompositeNode[] };

export interface CompositeDefinition {
  name: string;
  root: CompositeNode;
}

/** A definition that does not parse; `column` is 1-based in the text as the user typed it. */
export class CompositeSyntaxError extends Error {
  override readonly name = 'CompositeSyntaxError';
  constructor(
    readonly column: number,
    readonly problem: string,
  ) {
    super(`at column ${column}: ${problem}`);
  }
}

const OPERATORS = { '&': 'series', '|': 'parallel' } as const;
const SPECIAL = /[&|()]/;

/** Parses `NAME=EXPRESSION`; throws CompositeSyntaxError naming the column of the first problem. */
export function parseCompositeDefinition(text: string): CompositeDefinition {
  const eq = text.indexOf('=');
  if (eq < 0) throw new CompositeSyntaxError(text.length + 1, 'expected NAME=EXPRESSION, e.g. App=API&DB');
  const name = text.slice(0, eq).trim();
  if (name === '') throw new CompositeSyntaxError(1, 'the composite has no name before "="');
  const bad = SPECIAL.exec(name);
  if (bad) throw new CompositeSyntaxError(bad.index + 1, `a composite's name cannot hold "${bad[0]}"`);
  if (name === '*') throw new CompositeSyntaxError(1, '"*" is the platform row, not a composite name');
  return { name, root: parseCompositeExpression(text, eq + 1) };
}

/** Parses text[from..] as an expression (columns reported against the whole text). */
export function parseCompositeExpression(text: string, from = 0): CompositeNode {
  let pos = from;
  const skip = (): void => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  const fail = (problem: string): never => {
    throw new CompositeSyntaxError(pos + 1, problem);
  };

  const group = (): CompositeNode => {
    const parts = [operand()];
    let op: '&' | '|' | null = null;
    for (;;) {
      skip();
      const c = text[pos];
      if (c !== '&' && c !== '|') break;
      if (op !== null && c !== op) fail(`"${op}" and "${c}" mixed at one level: add parentheses, e.g. A&(B|C)`);
      op = c;
      pos++;
      parts.push(operand());
    }
    return op === null ? parts[0]! : { kind: OPERATORS[op], parts };
  };

  const operand = (): CompositeNode => {
    skip();
    if (pos >= text.length) return fail('expected a service name or "(" here, found the end');
    const c = text[pos]!;
    if (c === '(') {
      pos++;
      const inner = group();
      skip();
      if (text[pos] !== ')')
        fail(pos >= text.length ? 'missing ")"' : `expected "&", "|" or ")", found "${text[pos]}"`);
      pos++;
      return inner;
    }
    if (SPECIAL.test(c)) return fail(`expected a service name or "(", found "${c}"`);
    const start = pos;
    while (pos < text.length && !SPECIAL.test(text[pos]!)) pos++;
    const name = text.slice(start, pos).trim();
    if (name === '*') {
      pos = start;
      fail('"*" is the platform row, not a component');
    }
    return { kind: 'service', name };
  };

  const root = group();
  skip();
  if (pos < text.length) fail(text[pos] === ')' ? 'a ")" without its "("' : `unexpected "${text[pos]}"`);
  return root;
}

/** The service names an expression reads, each once, in first-appearance order. */
export function compositeLeaves(node: CompositeNode, out: string[] = []): string[] {
  if (node.kind === 'service') {
    if (!out.includes(node.name)) out.push(node.name);
  } else for (const p of node.parts) compositeLeaves(p, out);
  return out;
}
