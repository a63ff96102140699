/**
 * `JSON.stringify(object, null, 2)` written a piece at a time, so a report of 200,000 services is never one string
 * (issue 19 item 3): the object's entries, and inside them the entries of objects and the elements of arrays (or
 * generators) down to STREAMED_DEPTH, each as its own chunk; deeper values are stringified whole. The text is the
 * same byte for byte: JSON escapes every line break inside a string, so indenting a value's text is a replace of
 * its `\n`s. Entries whose value is undefined are left out, as JSON.stringify leaves them out.
 */
export function* jsonChunks(entries: Iterable<readonly [string, unknown]>): Generator<string> {
  yield* objectChunks(entries, '', 0);
  yield '\n';
}

/** The top-level object, the values of its entries (`months`, `previous`) and theirs (`previous.services`). */
const STREAMED_DEPTH = 2;

function* valueChunks(value: unknown, indent: string, depth: number): Generator<string> {
  // a value with toJSON (a Date) is what its toJSON returns: left to JSON.stringify
  if (depth > STREAMED_DEPTH || typeof value !== 'object' || value === null || 'toJSON' in value) {
    yield JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  } else if (Symbol.iterator in value) {
    yield* arrayChunks(value as Iterable<unknown>, indent, depth);
  } else {
    yield* objectChunks(Object.entries(value), indent, depth);
  }
}

function* objectChunks(
  entries: Iterable<readonly [string, unknown]>,
  indent: string,
  depth: number,
): Generator<string> {
  const inner = `${indent}  `;
  let empty = true;
  for (const [key, value] of entries) {
    if (value === undefined || typeof value === 'function') continue;
    yield `${empty ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    empty = false;
    yield* valueChunks(value, inner, depth + 1);
  }
  yield empty ? '{}' : `\n${indent}}`;
}

function* arrayChunks(elements: Iterable<unknown>, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  let empty = true;
  for (const element of elements) {
    yield `${empty ? '[' : ','}\n${inner}`;
    empty = false;
    // JSON.stringify writes an undefined or function element as null
    yield* valueChunks(element === undefined || typeof element === 'function' ? null : element, inner, depth + 1);
  }
  yield empty ? '[]' : `\n${indent}]`;
}
