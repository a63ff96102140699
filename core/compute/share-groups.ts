/**
 * F(t) of SPEC 5 over the active records: min(1, max(G, sum over regions g of the largest f in g)), where G is
 * the largest f among records without a region. Records are grouped by region (0: no region, 1 + region
 * code: that region); the groups an event touched are brought up to date once per instant, in the order
 * they were touched, so the sum is the same whichever way the maxima are kept.
 */
export class ShareGroups {
  private readonly maxima: GroupMaxima;
  private groupMax: Float64Array;
  /** groups whose top may have ended or changed since the last value() */
  private dirty: Int32Array;
  private dirtyCount = 0;
  private isDirty: Uint8Array;
  /** sum of the region groups' maxima, kept exact at 0 when no region group is active */
  private regionSum = 0;
  private activeRegions = 0;
  private cached = 0;

  /** regionOf: each kind's region (-1: none); shares: each kind's f (see recordShares) */
  constructor(
    regions: number,
    private readonly regionOf: Int32Array,
    shares: Float64Array,
  ) {
    this.groupMax = new Float64Array(regions + 1);
    this.isDirty = new Uint8Array(regions + 1);
    this.dirty = new Int32Array(regions + 1);
    const ranking = rankingOf(shares);
    this.maxima =
      ranking && ranking.values.length * (regions + 1) <= MAX_COUNTERS
        ? new RankCounts(regions + 1, ranking)
        : new GroupHeaps(regions + 1, shares);
  }

  /** A record of kind k, whose share is above 0, active until `end`. */
  add(k: number, end: number): void {
    const g = this.regionOf[k]! + 1;
    this.maxima.add(g, k, end);
    this.touch(g);
  }

  /** A record of kind k, whose share is above 0, ended at the current time: its group's maximum may drop. */
  ended(k: number): void {
    const g = this.regionOf[k]! + 1;
    this.maxima.ended(g, k);
    this.touch(g);
  }

  /** F at time t (every record ending at or before t has been reported ended). */
  value(t: number): number {
    if (this.dirtyCount === 0) return this.cached;
    for (let i = 0; i < this.dirtyCount; i++) {
      const g = this.dirty[i]!;
      this.isDirty[g] = 0;
      const max = this.maxima.max(g, t);
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

/** The largest share among each group's active records. */
interface GroupMaxima {
  add(g: number, k: number, end: number): void;
  ended(g: number, k: number): void;
  /** the largest share of group g's records active at t; 0 when none */
  max(g: number, t: number): number;
}

/** Most distinct shares RankCounts keeps (a group's maximum is then found in at most 64 words). */
export const MAX_RANKS = 2048;
/** Most counters RankCounts keeps: groups times distinct shares. */
const MAX_COUNTERS = 1 << 20;

/**
 * A log repeats a few affected shares (the 1M-row bench log about a hundred): each group counts its active
 * records per distinct share, with a bit per share that has any, and keeps its highest such share, so an
 * ended record is taken out at once and a group's maximum is one read. Per-group heaps, which keep an ended
 * record until it reaches the top, made the share groups about 40 % of a million-row report's sweeps.
 */
class RankCounts implements GroupMaxima {
  private readonly values: Float64Array;
  private readonly rankOf: Int32Array;
  private readonly ranks: number;
  private readonly words: number;
  private readonly count: Int32Array;
  private readonly bits: Uint32Array;
  /** each group's highest rank with a record (-1: none) */
  private readonly top: Int32Array;

  constructor(groups: number, ranking: Ranking) {
    this.values = ranking.values;
    this.rankOf = ranking.rankOf;
    this.ranks = ranking.values.length;
    this.words = (this.ranks + 31) >> 5;
    this.count = new Int32Array(groups * this.ranks);
    this.bits = new Uint32Array(groups * this.words);
    this.top = new Int32Array(groups).fill(-1);
  }

  add(g: number, k: number): void {
    const r = this.rankOf[k]!;
    if (this.count[g * this.ranks + r]!++ === 0) {
      this.bits[g * this.words + (r >> 5)]! |= 1 << (r & 31);
      if (r > this.top[g]!) this.top[g] = r;
    }
  }

  ended(g: number, k: number): void {
    const r = this.rankOf[k]!;
    if (--this.count[g * this.ranks + r]! !== 0) return;
    const from = g * this.words;
    this.bits[from + (r >> 5)]! &= ~(1 << (r & 31));
    if (r !== this.top[g]) return;
    // the top rank emptied: no bit above it is set, so the next is the highest set bit at or below its word
    let top = -1;
    for (let w = r >> 5; w >= 0; w--) {
      const b = this.bits[from + w]!;
      if (b !== 0) {
        top = (w << 5) + 31 - Math.clz32(b);
        break;
      }
    }
    this.top[g] = top;
  }

  max(g: number): number {
    const r = this.top[g]!;
    return r < 0 ? 0 : this.values[r]!;
  }
}

/** The distinct shares above 0, ascending, and each kind's place among them (-1: none). */
interface Ranking {
  values: Float64Array;
  rankOf: Int32Array;
}

// one ranking per shares array (a report's sweeps share one), rather than one per sweep
const rankings = new WeakMap<Float64Array, Ranking | null>();

/** null past MAX_RANKS distinct shares: the groups then keep heaps */
function rankingOf(shares: Float64Array): Ranking | null {
  if (rankings.has(shares)) return rankings.get(shares)!;
  const sorted = shares.filter((f) => f > 0).sort();
  const values = sorted.filter((f, i) => i === 0 || f !== sorted[i - 1]);
  let ranking: Ranking | null = null;
  if (values.length <= MAX_RANKS) {
    const rank = new Map<number, number>();
    values.forEach((v, i) => rank.set(v, i));
    ranking = { values, rankOf: Int32Array.from(shares, (f) => (f > 0 ? rank.get(f)! : -1)) };
  }
  rankings.set(shares, ranking);
  return ranking;
}

/**
 * Any number of distinct shares: a max-heap of (f, end) per group; a record that has ended is dropped lazily
 * when it reaches the top, so ends cost nothing until the group's maximum is asked for.
 */
class GroupHeaps implements GroupMaxima {
  private readonly heaps: GroupHeap[] = [];

  constructor(
    groups: number,
    private readonly shares: Float64Array,
  ) {
    for (let g = 0; g < groups; g++) this.heaps.push(new GroupHeap());
  }

  add(g: number, k: number, end: number): void {
    this.heaps[g]!.push(this.shares[k]!, end);
  }

  ended(): void {}

  max(g: number, t: number): number {
    return this.heaps[g]!.maxAt(t);
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
