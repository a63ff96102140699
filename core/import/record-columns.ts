import type { RecordTable } from '../model/records';

/** Growable column-wise record storage: typed arrays doubled as needed, trimmed once at the end. */
export class RecordColumns {
  count = 0;
  private cap = 1024;
  start = new Float64Array(this.cap);
  end = new Float64Array(this.cap);
  service = new Int32Array(this.cap);
  severity = new Uint8Array(this.cap);
  affected = new Float64Array(this.cap);
  region = new Int32Array(this.cap);
  open = new Uint8Array(this.cap);
  line = new Int32Array(this.cap);
  titles: (string | undefined)[] | null = null;
  ids: (string | undefined)[] | null = null;

  constructor(withTitles: boolean, withIds: boolean) {
    if (withTitles) this.titles = [];
    if (withIds) this.ids = [];
  }

  /** Appends a record; `end` NaN marks it open (it ends at the log's latest instant, set by finish). */
  push(
    start: number,
    end: number,
    service: number,
    severity: number,
    affected: number,
    region: number,
    line: number,
    title?: string,
    id?: string,
  ): void {
    if (this.count === this.cap) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.open[i] = Number.isNaN(end) ? 1 : 0;
    this.service[i] = service;
    this.severity[i] = severity;
    this.affected[i] = affected;
    this.region[i] = region;
    this.line[i] = line;
    if (this.titles) this.titles.push(title);
    if (this.ids) this.ids.push(id);
  }

  finish(latestInstant: number, services: string[], regions: string[]): RecordTable {
    const n = this.count;
    const end = this.end.slice(0, n);
    for (let i = 0; i < n; i++) if (this.open[i] === 1) end[i] = latestInstant;
    const t: RecordTable = {
      count: n,
      start: this.start.slice(0, n),
      end,
      service: this.service.slice(0, n),
      severity: this.severity.slice(0, n),
      affected: this.affected.slice(0, n),
      region: this.region.slice(0, n),
      open: this.open.slice(0, n),
      line: this.line.slice(0, n),
      services,
      regions,
    };
    if (this.titles) t.titles = this.titles;
    if (this.ids) t.ids = this.ids;
    return t;
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(this.cap);
      b.set(a);
      return b;
    };
    this.start = g(this.start, Float64Array);
    this.end = g(this.end, Float64Array);
    this.service = g(this.service, Int32Array);
    this.severity = g(this.severity, Uint8Array);
    this.affected = g(this.affected, Float64Array);
    this.region = g(this.region, Int32Array);
    this.open = g(this.open, Uint8Array);
    this.line = g(this.line, Int32Array);
  }
}
