/** 15 minutes: every UTC offset in use since 1970 is a multiple of it, so months of any zone regroup exactly. */
export const BUCKET_MS = 900_000;

/**
 * Every UTC offset in use since 1970 lies within 14 hours of UTC, so a month of any zone starts within 14 hours
 * of the UTC month's start: buckets further inside a UTC month fall in that month in every zone.
 */
const EDGE_MS = 14 * 3_600_000;

/**
 * The UTC month whose middle holds the bucket (months since 1970; -1: the bucket starts within EDGE_MS of a
 * month's edge, where zones disagree).
 */
function monthInside(bucket: number): number {
  const t = bucket * BUCKET_MS;
  // compaction asks in bucket order: the month found last usually holds the next bucket too
  if (t >= inside.from && t < inside.to) return inside.month;
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const start = Date.UTC(y, m, 1);
  const end = Date.UTC(y, m + 1, 1);
  if (t < start + EDGE_MS || t >= end - EDGE_MS) return -1;
  inside.from = start + EDGE_MS;
  inside.to = end - EDGE_MS;
  inside.month = (y - 1970) * 12 + m;
  return inside.month;
}
const inside = { from: 0, to: 0, month: -1 };

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
 * the entries are sorted and merged when they fill their room (before compaction) and at the end.
 *
 * The report sums samples between month starts of its zone only (SPEC 5), so when the entries fill their room
 * the buckets well inside a UTC month (more than 14 hours from its edges) are added into that month's first
 * one: a service's entries are then at most its months times the buckets near month edges, however many
 * streams sample it on however many clocks (issue 17: 20,000 streams each on its own clock kept an entry per
 * sample). The first and last entries stay where they were (the report's range starts and ends there).
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
    this.compact();
    const n = this.used;
    const at = new Float64Array(n);
    for (let k = 0; k < n; k++) at[k] = this.bucket[k]! * BUCKET_MS;
    return { at, up: this.up.slice(0, n), all: this.all.slice(0, n), maintenance: this.maintenance.slice(0, n) };
  }

  private addTo(bucket: number, up: number, all: number, maintenance: number): void {
    let i = this.used - 1;
    if (i < 0 || this.bucket[i] !== bucket) {
      if (this.used === this.bucket.length) {
        // entries that came late (the fast lane hands a stream's run over when its next row comes, days later
        // on a sparse fleet) are sorted in first: compaction must not wait for the end, or a fleet's services
        // keep an entry per sample until then (issue 17: 65 MB of 100 MB at 20,000 streams)
        if (!this.inOrder) this.merge();
        this.compact();
        if (this.used * 2 > this.bucket.length) this.grow();
      }
      // asked after any merge, which sorts the entries and may have left this bucket last
      i = this.used - 1;
      if (i < 0 || this.bucket[i] !== bucket) {
        if (i >= 0 && bucket < this.bucket[i]!) this.inOrder = false;
        i = this.used++;
        this.bucket[i] = bucket;
        // merge() refills entries in place
        this.up[i] = this.all[i] = this.maintenance[i] = 0;
      }
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

  /** Adds the entries inside one UTC month (monthInside) into the first of them; entries in bucket order. */
  private compact(): void {
    const n = this.used;
    let k = 0;
    let month = -1;
    for (let j = 0; j < n; j++) {
      const m = j === n - 1 ? -1 : monthInside(this.bucket[j]!);
      if (m >= 0 && m === month) {
        this.up[k - 1]! += this.up[j]!;
        this.all[k - 1]! += this.all[j]!;
        this.maintenance[k - 1]! += this.maintenance[j]!;
        continue;
      }
      month = m;
      this.bucket[k] = this.bucket[j]!;
      this.up[k] = this.up[j]!;
      this.all[k] = this.all[j]!;
      this.maintenance[k++] = this.maintenance[j]!;
    }
    this.used = k;
  }

  /** Entries the counts can hold before they are compacted or grown (what a fleet's memory is made of). */
  get room(): number {
    return this.bucket.length;
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
