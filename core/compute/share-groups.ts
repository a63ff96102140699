/**
 * F(t) of SPEC 5 over the active records: min(1, max(G, sum over regions g of the largest f in g)), where G is
 * the largest f among records without a region. Each group (0: no region, 1 + region code: that region)
 * keeps a max-heap of (f, end) of its records; a record that has ended is dropped lazily when it reaches the
 * top, so ends cost nothing until the group's maximum is asked for.
 */
export class ShareGroups {
  private heaps: GroupHeap[] = [];
  private groupMax: Float64Array;
  /** groups whose top may have ended or changed since the last value() */
  private dirty: Int32Array;
  private dirtyCount = 0;
  private isDirty: Uint8Array;
  /** sum of the region groups' maxima, kept exact at 0 when no region group is active */
  private regionSum = 0;
  private activeRegions = 0;
  private cached = 0;

  constructor(regions: number) {
    this.groupMax = new Float64Array(regions + 1);
    this.isDirty = new Uint8Array(regions + 1);
    this.dirty = new Int32Array(regions + 1);
  }

  /** A record of `region` (-1: none) with share f > 0, active until `end`. */
  add(region: number, f: number, end: number): void {
    const g = region + 1;
    let h = this.heaps[g];
    if (!h) h = this.heaps[g] = new GroupHeap();
    h.push(f, end);
    this.touch(g);
  }

  /** A record of `region` ended at the current time: its group's maximum may drop. */
  ended(region: number): void {
    this.touch(region + 1);
  }

  /** F at time t (every record ending at or before t is gone). */
  value(t: number): number {
    if (this.dirtyCount === 0) return this.cached;
    for (let i = 0; i < this.dirtyCount; i++) {
      const g = this.dirty[i]!;
      this.isDirty[g] = 0;
      const max = this.heaps[g]!.maxAt(t);
      const old = this.groupMax[g]!;
      if (max === old) continue;
      this.groupMax[g] = max;
      if (g === 0) continue;
      if (old === 0) this.activeRegions++;
      if (max === 0) this.activeRegions--;
      this.regionSum = this.activeRegions === 0 ? 0 : this.regionSum + (max - old);
    }
    this.dirtyCount = 0;
    this.cached = Math.min(1, Math.max(this.groupMax[0]!, this.regionSum));
    return this.cached;
  }

  private touch(g: number): void {
    if (this.isDirty[g]) return;
    this.isDirty[g] = 1;
    this.dirty[this.dirtyCount++] = g;
  }
}

/** Max-heap of shares with their end instants. */
class GroupHeap {
  private f = new Float64Array(8);
  private end = new Float64Array(8);
  private size = 0;

  push(f: number, end: number): void {
    if (this.size === this.f.length) {
      const nf = new Float64Array(this.size * 2);
      const ne = new Float64Array(this.size * 2);
      nf.set(this.f);
      ne.set(this.end);
      this.f = nf;
      this.end = ne;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.f[p]! >= f) break;
      this.f[i] = this.f[p]!;
      this.end[i] = this.end[p]!;
      i = p;
    }
    this.f[i] = f;
    this.end[i] = end;
  }

  /** The largest share still active at t, dropping ended ones from the top; 0 when none. */
  maxAt(t: number): number {
    while (this.size > 0 && this.end[0]! <= t) this.pop();
    return this.size > 0 ? this.f[0]! : 0;
  }

  private pop(): void {
    const n = --this.size;
    const f = this.f[n]!;
    const end = this.end[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.f[c + 1]! > this.f[c]!) c++;
      if (this.f[c]! <= f) break;
      this.f[i] = this.f[c]!;
      this.end[i] = this.end[c]!;
      i = c;
    }
    this.f[i] = f;
    this.end[i] = end;
  }
}
