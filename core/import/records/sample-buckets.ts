/** 15 minutes: every UTC offset in use since 1970 is a multiple of it, so months of any zone regroup exactly. */
export const BUCKET_MS = 900_000;

/** Up / all / maintenance sample counts of one stream per 15-minute UTC bucket, growing either way. */
export class SampleBuckets {
  /** absolute bucket number (floor(t / BUCKET_MS)) of index 0 */
  base = 0;
  /** one past the highest index in use */
  used = 0;
  up: Uint32Array = new Uint32Array(0);
  all: Uint32Array = new Uint32Array(0);
  maintenance: Uint32Array = new Uint32Array(0);

  /** `count` samples at instant t */
  add(t: number, isUp: boolean, isMaintenance: boolean, count: number): void {
    const bucket = Math.floor(t / BUCKET_MS);
    let i = bucket - this.base;
    if (i < 0 || i >= this.all.length) i = this.makeRoom(bucket);
    this.all[i]! += count;
    if (isUp) this.up[i]! += count;
    else if (isMaintenance) this.maintenance[i]! += count;
    if (i >= this.used) this.used = i + 1;
  }

  /** Adds the counts of buckets [base, base + used) that another reader kept (a log read in two halves). */
  addCounts(base: number, used: number, up: Uint32Array, all: Uint32Array, maintenance: Uint32Array): void {
    if (used === 0) return;
    if (this.all.length === 0) {
      this.base = base;
      this.used = 0;
    }
    if (base < this.base || base + used > this.base + this.all.length) {
      // the last counts of the stream: room for exactly what both readers saw, not the doubling of add()
      const lo = Math.min(this.base, base);
      this.resize(lo, Math.max(this.base + this.used, base + used) - lo);
    }
    const at = base - this.base;
    for (let k = 0; k < used; k++) {
      this.up[at + k]! += up[k]!;
      this.all[at + k]! += all[k]!;
      this.maintenance[at + k]! += maintenance[k]!;
    }
    if (at + used > this.used) this.used = at + used;
  }

  private makeRoom(bucket: number): number {
    if (this.all.length === 0) {
      this.base = bucket;
      this.used = 0;
    }
    const lo = Math.min(this.base, bucket);
    const hi = Math.max(this.base + this.used, bucket + 1);
    // grow by a quarter: a stream read in order still costs amortised O(1) per new bucket, and the room left
    // over when the log ends (kept: status-rows.ts hands the arrays on as they are) is at most a fifth
    this.resize(lo, Math.max(hi - lo, Math.ceil(this.all.length * 1.25), 64));
    return bucket - lo;
  }

  /** New arrays of `cap` buckets from bucket `lo` (at most this.base), holding the counts so far. */
  private resize(lo: number, cap: number): void {
    const shift = this.base - lo;
    const move = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(cap);
      b.set(a.subarray(0, this.used), shift);
      return b;
    };
    this.up = move(this.up);
    this.all = move(this.all);
    this.maintenance = move(this.maintenance);
    this.used += shift;
    this.base = lo;
  }
}
