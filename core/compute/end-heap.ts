/** A min-heap of (end instant, row) for the sweep: the active records, soonest end on top. */
export class EndHeap {
  private ends: Float64Array;
  private rows: Int32Array;
  size = 0;

  /** capacity: the first guess; the heap grows past it */
  constructor(capacity: number) {
    this.ends = new Float64Array(Math.max(1, capacity));
    this.rows = new Int32Array(Math.max(1, capacity));
  }

  topEnd(): number {
    return this.size > 0 ? this.ends[0]! : Infinity;
  }

  push(end: number, row: number): void {
    if (this.size === this.ends.length) this.grow();
    const ends = this.ends;
    const rows = this.rows;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ends[p]! <= end) break;
      ends[i] = ends[p]!;
      rows[i] = rows[p]!;
      i = p;
    }
    ends[i] = end;
    rows[i] = row;
  }

  private grow(): void {
    const ends = new Float64Array(this.ends.length * 2);
    const rows = new Int32Array(this.rows.length * 2);
    ends.set(this.ends);
    rows.set(this.rows);
    this.ends = ends;
    this.rows = rows;
  }

  /** Removes the top and returns its row. */
  pop(): number {
    const ends = this.ends;
    const rows = this.rows;
    const top = rows[0]!;
    const n = --this.size;
    const end = ends[n]!;
    const row = rows[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && ends[c + 1]! < ends[c]!) c++;
      if (ends[c]! >= end) break;
      ends[i] = ends[c]!;
      rows[i] = rows[c]!;
      i = c;
    }
    ends[i] = end;
    rows[i] = row;
    return top;
  }
}
