/** Rows grouped by their service, each group in the rows' order: one pass instead of a search per service. */
export function byService<K, T extends { service: K }>(rows: readonly T[]): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const list = out.get(r.service);
    if (list) list.push(r);
    else out.set(r.service, [r]);
  }
  return out;
}
