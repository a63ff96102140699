/**
 * The instants of one stream's rows, kept as its first instant and the run-length-encoded intervals between
 * consecutive rows in arrival order: a probe every minute costs one entry however long it runs, so SPEC 2's
 * observed time (median interval, gaps) is exact without keeping a number per row. A stream read out of time
 * order is replayed and sorted once at the end (inTimeOrder()). While reading, a status log keeps these for
 * all its streams in shared columns (stream-table.ts); this is one stream's view of them.
 */
export class RowIntervals {
  rows = 0;
  first = NaN;
  last = NaN;
  /** entries in use */
  n = 0;
  value: Float64Array = new Float64Array(2);
  count: Float64Array = new Float64Array(2);

  /** a row at instant t */
  add(t: number): void {
    if (this.rows++ === 0) this.first = t;
    else this.push(t - this.last, 1);
    this.last = t;
  }

  /** False when a row came earlier than the one before it. */
  get inOrder(): boolean {
    for (let k = 0; k < this.n; k++) if (this.value[k]! < 0) return false;
    return true;
  }

  /** These rows in time order: replayed, sorted and encoded again when they did not arrive so. */
  inTimeOrder(): RowIntervals {
    if (this.inOrder) return this;
    const times = new Float64Array(this.rows);
    let t = this.first;
    let i = 0;
    times[i++] = t;
    for (let k = 0; k < this.n; k++) for (let c = 0; c < this.count[k]!; c++) times[i++] = t += this.value[k]!;
    times.sort();
    const out = new RowIntervals();
    for (const x of times) out.add(x);
    return out;
  }

  /** Calls f(t, interval, repeats) for each entry: rows t, t + interval, ... are each followed by one interval. */
  forEachRun(f: (t: number, interval: number, repeats: number) => void): void {
    let t = this.first;
    for (let k = 0; k < this.n; k++) {
      const d = this.value[k]!;
      const c = this.count[k]!;
      f(t, d, c);
      t += d * c;
    }
  }

  private push(d: number, c: number): void {
    const k = this.n - 1;
    if (k >= 0 && this.value[k] === d) {
      this.count[k]! += c;
      return;
    }
    if (this.n === this.value.length) {
      const grow = (a: Float64Array): Float64Array => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.value = grow(this.value);
      this.count = grow(this.count);
    }
    this.value[this.n] = d;
    this.count[this.n++] = c;
  }
}

/**
 * The median of positive values given with their counts (SPEC 2's med: the mean of the two middle values for
 * an even count); NaN when there is none.
 */
export function weightedMedian(values: ArrayLike<number>, counts: ArrayLike<number>, n = values.length): number {
  const order: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    if (values[k]! > 0) {
      order.push(k);
      total += counts[k]!;
    }
  }
  if (total === 0) return NaN;
  order.sort((a, b) => values[a]! - values[b]!);
  // 0-based ranks of the middle value(s)
  const lo = Math.floor((total - 1) / 2);
  const hi = Math.floor(total / 2);
  let seen = 0;
  let low = NaN;
  for (const k of order) {
    seen += counts[k]!;
    if (Number.isNaN(low) && seen > lo) low = values[k]!;
    if (seen > hi) return (low + values[k]!) / 2;
  }
  return low;
}
