/** Union of ascending [start, end) pair lists (ms): ascending, disjoint, touching spans joined. */
export function unionOfSpans(lists: readonly Float64Array[]): Float64Array {
  if (lists.length === 1) return lists[0]!;
  const pairs: [number, number][] = [];
  for (const l of lists) for (let k = 0; k < l.length; k += 2) pairs.push([l[k]!, l[k + 1]!]);
  return mergeSpans(pairs);
}

/** [start, end) pairs in any order as ascending, disjoint spans, overlapping or touching ones joined (sorts `pairs`). */
export function mergeSpans(pairs: [number, number][]): Float64Array {
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    const n = out.length;
    if (n > 0 && s <= out[n - 1]!) out[n - 1] = Math.max(out[n - 1]!, e);
    else out.push(s, e);
  }
  return Float64Array.from(out);
}
