/** 15 minutes: every UTC offset in use since 1970 is a multiple of it, so months of any zone regroup exactly. */
export const BUCKET_MS = 900_000;

/** A service's sample counts in the form a second reader hands over (status-log-halves.ts). */
export interface BucketCounts {
  /** bucket numbers (floor(t / BUCKET_MS)), as added; ascending unless the log was out of time order */
  bucket: Float64Array;
  up: Uint32Array;
  all: Uint32Array;
  maintenance: Uint32Array;
}

/**
 * Up / all / maintenance sample counts of one service, only for the 15-minute UTC buckets that hold samples:
 * memory follows the samples, never the time span (two samples 98 years apart are two entries). A log read
 * in time order appends or adds to the last entry; a sample earlier than the last entry is appended too, and
 * sorted() merges the entries once at the end.
 */
export class SampleBuckets {
  used = 0;
  private bucket = new Float64Array(8);
  private up = new Uint32Array(8);
  private all = new Uint32Array(8);
  private maintenance = new Uint32Array(8);
  private inOrder = true;

  /** `count` samples at instant t */
  add(t: number, isUp: boolean, isMaintenance: boolean, count: number): void {
    this.addTo(Math.floor(t / BUCKET_MS), isUp ? count : 0, count, isMaintenance && !isUp ? count : 0);
  }

  /** Adds the counts another reader kept (a log read in two halves). */
  addCounts(c: BucketCounts): void {
    for (let k = 0; k < c.bucket.length; k++) this.addTo(c.bucket[k]!, c.up[k]!, c.all[k]!, c.maintenance[k]!);
  }

  /** The entries so far, as they were added. */
  counts(): BucketCounts {
    const n = this.used;
    return {
      bucket: this.bucket.slice(0, n),
      up: this.up.slice(0, n),
      all: this.all.slice(0, n),
      maintenance: this.maintenance.slice(0, n),
    };
  }

  /** The entries in bucket order, each bucket once; bucket numbers become instants (bucket starts). */
  sorted(): { at: Float64Array; up: Uint32Array; all: Uint32Array; maintenance: Uint32Array } {
    if (!this.inOrder) this.merge();
    const n = this.used;
    const at = new Float64Array(n);
    for (let k = 0; k < n; k++) at[k] = this.bucket[k]! * BUCKET_MS;
    return { at, up: this.up.slice(0, n), all: this.all.slice(0, n), maintenance: this.maintenance.slice(0, n) };
  }

  private addTo(bucket: number, up: number, all: number, maintenance: number): void {
    let i = this.used - 1;
    if (i < 0 || this.bucket[i] !== bucket) {
      if (i >= 0 && bucket < this.bucket[i]!) this.inOrder = false;
      i = this.used++;
      if (i === this.bucket.length) this.grow();
      this.bucket[i] = bucket;
      // merge() refills entries in place
      this.up[i] = this.all[i] = this.maintenance[i] = 0;
    }
    this.up[i]! += up;
    this.all[i]! += all;
    this.maintenance[i]! += maintenance;
  }

  private grow(): void {
    const cap = this.bucket.length * 2;
    const bigger = <T extends Float64Array | Uint32Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(cap);
      b.set(a);
      return b;
    };
    this.bucket = bigger(this.bucket, Float64Array);
    this.up = bigger(this.up, Uint32Array);
    this.all = bigger(this.all, Uint32Array);
    this.maintenance = bigger(this.maintenance, Uint32Array);
  }

  /** Sorts the entries by bucket (stable) and adds up entries of the same bucket. */
  private merge(): void {
    const n = this.used;
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => this.bucket[a]! - this.bucket[b]! || a - b);
    const { bucket, up, all, maintenance } = this.counts();
    this.used = 0;
    this.inOrder = true;
    for (const k of order) this.addTo(bucket[k]!, up[k]!, all[k]!, maintenance[k]!);
  }
}
