/**
 * F(t) of SPEC 5 over the active records: min(1, max(G, sum over regions g of the largest f in g)), where G is
 * the largest f among records without a region (group -1). Each group keeps a multiset of its active shares
 * so a record ending can drop the maximum back to the next largest.
 */
export class ShareGroups {
  private groups = new Map<number, { counts: Map<number, number>; max: number }>();
  private cached = 0;
  private dirty = false;

  add(group: number, f: number): void {
    let g = this.groups.get(group);
    if (!g) {
      g = { counts: new Map(), max: 0 };
      this.groups.set(group, g);
    }
    g.counts.set(f, (g.counts.get(f) ?? 0) + 1);
    if (f > g.max) {
      g.max = f;
      this.dirty = true;
    }
  }

  remove(group: number, f: number): void {
    const g = this.groups.get(group)!;
    const c = g.counts.get(f)! - 1;
    if (c > 0) {
      g.counts.set(f, c);
      return;
    }
    g.counts.delete(f);
    if (g.counts.size === 0) {
      this.groups.delete(group);
      this.dirty = true;
    } else if (f === g.max) {
      let max = 0;
      for (const v of g.counts.keys()) if (v > max) max = v;
      g.max = max;
      this.dirty = true;
    }
  }

  value(): number {
    if (this.dirty) {
      let noRegion = 0;
      let regions = 0;
      for (const [group, g] of this.groups) {
        if (group < 0) noRegion = g.max;
        else regions += g.max;
      }
      this.cached = Math.min(1, Math.max(noRegion, regions));
      this.dirty = false;
    }
    return this.cached;
  }
}
