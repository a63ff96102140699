/** Union of ascending [start, end) pair lists (ms): ascending, disjoint, touching spans joined. */
export function unionOfSpans(lists: readonly Float64Array[]): Float64Array {
  if (lists.length === 1) return lists[0]!;
  let n = 0;
  for (const l of lists) n += l.length;
  const flat = new Float64Array(n);
  n = 0;
  for (const l of lists) {
    flat.set(l, n);
    n += l.length;
  }
  return unionOfPairs(flat);
}

/**
 * Union of [start, end) pairs in any order, as one flat list (ms): ascending, disjoint, touching spans
 * joined. Pairs sort by their index, not as objects: a fleet's coverage is a pair or two per stream, and
 * 20,000 streams' pairs as small arrays were a megabyte of garbage per union.
 */
export function unionOfPairs(flat: ArrayLike<number>): Float64Array {
  const pairs = flat.length >> 1;
  const order = new Uint32Array(pairs);
  for (let k = 0; k < pairs; k++) order[k] = k;
  // pairs with the same start join whatever their order: the union takes the larger end
  order.sort((x, y) => flat[2 * x]! - flat[2 * y]!);
  const out = new Float64Array(flat.length);
  let n = 0;
  for (const k of order) {
    const s = flat[2 * k]!;
    const e = flat[2 * k + 1]!;
    if (n > 0 && s <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, e);
    else {
      out[n++] = s;
      out[n++] = e;
    }
  }
  return out.slice(0, n);
}

/** [start, end) pairs in any order as ascending, disjoint spans, overlapping or touching ones joined. */
export function mergeSpans(pairs: readonly (readonly [number, number])[]): Float64Array {
  const flat = new Float64Array(pairs.length * 2);
  pairs.forEach(([s, e], k) => {
    flat[2 * k] = s;
    flat[2 * k + 1] = e;
  });
  return unionOfPairs(flat);
}
