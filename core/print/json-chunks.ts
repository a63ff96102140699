/**
 * `JSON.stringify(object, null, 2)` written an entry at a time, and an array's (or a generator's) elements one at a
 * time, so a report of 200,000 services is never one string (issue 19 item 3). The text is the same byte for
 * byte: JSON escapes every line break inside a string, so indenting a value's text is a replace of its `\n`s.
 * Entries whose value is undefined are left out, as JSON.stringify leaves them out.
 */
export function* jsonChunks(entries: Iterable<readonly [string, unknown]>): Generator<string> {
  let first = true;
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const head = `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    first = false;
    if (!isElements(value)) {
      yield head + indented(value, '  ');
      continue;
    }
    let empty = true;
    for (const element of value) {
      yield `${empty ? `${head}[\n` : ',\n'}    ${indented(element ?? null, '    ')}`;
      empty = false;
    }
    yield empty ? `${head}[]` : '\n  ]';
  }
  yield first ? '{}\n' : '\n}\n';
}

const isElements = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && Symbol.iterator in v);

const indented = (value: unknown, by: string): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
