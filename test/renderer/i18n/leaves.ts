/**
 * Any argument a string function of the printed report may take: it reads as "7" in text, and every property of
 * it is another such argument, so `p.users` and `met` both work.
 */
const ANY: unknown = new Proxy(function any() {}, {
  get: (_t, key) => (key === Symbol.toPrimitive ? () => '7' : key === 'length' ? 0 : ANY),
  apply: () => ANY,
});

/**
 * Every text of a message tree by its dotted key. A function (the printed report's sentences) is called with
 * placeholder arguments, so its words are compared like any other string's.
 */
export function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') {
      const said = (value as (...a: unknown[]) => unknown)(...Array<unknown>(value.length).fill(ANY));
      if (typeof said === 'string') out.set(path, said);
      else if (said !== null && typeof said === 'object') for (const [k, v] of leaves(said, path)) out.set(k, v);
    } else if (value !== null && typeof value === 'object')
      for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}
