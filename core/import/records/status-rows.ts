import type { Diagnostic } from '../../model/import-result';
import type { ObservedTime, RecordTable, SampleCounts, SampleStream } from '../../model/records';
import { FORMS } from './interval-rows';
import { RecordColumns } from './record-columns';
import { StatusFastLane, type StatusTaker } from './status-rows-fast';
import type { HalfSamples, HalfStream, StatusHalf } from '../source/parallel-read/status-log-halves';
import { StreamIndex } from './stream-index';
import type { RowCells, RowSink } from '../containers/row-cells';
import type { RowContext } from '../shape/row-context';
import { BUCKET_MS, SampleBuckets } from './sample-buckets';
import { MAINTENANCE, UP } from '../values/words';
import { RowIntervals } from './row-intervals';
import {
  coverage,
  cutBySpans,
  gapRule,
  observedDiagnostics,
  serviceCoverage,
  streamClock,
  type LongestGap,
} from './observed-time';

/**
 * One stream's statuses, reduced while reading to segments: maximal runs of one status in arrival order
 * (first sample time, last sample time, status, first line). A log read in time order never keeps more
 * than one segment per status change, so ten million samples stay a handful of numbers.
 */
class Stream {
  n = 0;
  // two segments at first: a fleet of 20,000 streams with a handful of rows each must stay small
  first = new Float64Array(2);
  last = new Float64Array(2);
  code = new Uint8Array(2);
  line = new Int32Array(2);
  /** false once a sample arrives earlier than the one before it */
  inOrder = true;
  /** the instants of its rows (SPEC 2 observed time) */
  rows = new RowIntervals();

  constructor(
    readonly service: number,
    readonly region: number,
    /** the sample counts of the stream's service, which its other regions' streams add to as well */
    readonly samples: SampleBuckets,
  ) {}

  /** A sample at t with this status. */
  add(t: number, code: number, line: number): void {
    this.status(t, code, line);
    this.rows.add(t);
    this.samples.add(t, code === UP, code === MAINTENANCE, 1);
  }

  /** The status of a row at t; `line`: its line. */
  private status(t: number, code: number, line: number): void {
    const k = this.n - 1;
    if (k >= 0 && t < this.last[k]!) this.inOrder = false;
    if (k >= 0 && this.code[k] === code && t >= this.last[k]!) this.last[k] = t;
    else this.push(t, t, code, line);
  }

  /**
   * `rows` samples with this status from `first` to `last`, all in one 15-minute bucket, the first one
   * `step` after this stream's last row and each next one `step` after it (the fast lane's run).
   */
  addEven(code: number, first: number, last: number, step: number, line: number, rows: number): void {
    this.status(first, code, line);
    this.last[this.n - 1] = last;
    this.rows.addEven(step, rows);
    this.samples.add(first, code === UP, code === MAINTENANCE, rows);
  }

  private push(first: number, last: number, code: number, line: number): void {
    if (this.n === this.first.length) {
      const grow = <T extends Float64Array | Uint8Array | Int32Array>(a: T, make: new (n: number) => T): T => {
        const b = new make(a.length * 2);
        b.set(a);
        return b;
      };
      this.first = grow(this.first, Float64Array);
      this.last = grow(this.last, Float64Array);
      this.code = grow(this.code, Uint8Array);
      this.line = grow(this.line, Int32Array);
    }
    const i = this.n++;
    this.first[i] = first;
    this.last[i] = last;
    this.code[i] = code;
    this.line[i] = line;
  }

  /** This stream's state for the thread that reads the first half (log-half.ts). */
  half(): HalfStream {
    const n = this.n;
    return {
      service: this.service,
      region: this.region,
      n,
      first: this.first.slice(0, n),
      last: this.last.slice(0, n),
      code: this.code.slice(0, n),
      line: this.line.slice(0, n),
      inOrder: this.inOrder,
      rows: this.rows.rows,
      firstAt: this.rows.first,
      lastAt: this.rows.last,
      intervals: this.rows.value.slice(0, this.rows.n),
      repeats: this.rows.count.slice(0, this.rows.n),
    };
  }

  /**
   * Appends the segments the second half read for this stream, as add() would have made them from its rows:
   * its first segment continues this stream's last one when both hold the same status in time order.
   */
  absorb(h: HalfStream, lineOffset: number): void {
    let j = 0;
    const k = this.n - 1;
    if (h.n > 0 && k >= 0) {
      if (h.first[0]! < this.last[k]!) this.inOrder = false;
      if (this.code[k] === h.code[0] && h.first[0]! >= this.last[k]!) {
        this.last[k] = h.last[0]!;
        j = 1;
      }
    }
    for (; j < h.n; j++) this.push(h.first[j]!, h.last[j]!, h.code[j]!, h.line[j]! + lineOffset);
    if (!h.inOrder) this.inOrder = false;
    const rows = new RowIntervals();
    Object.assign(rows, { rows: h.rows, first: h.firstAt, last: h.lastAt, n: h.intervals.length });
    rows.value = h.intervals.length > 0 ? h.intervals : new Float64Array(4);
    rows.count = h.repeats.length > 0 ? h.repeats : new Float64Array(4);
    this.rows.append(rows);
  }

  /**
   * A stream that arrived out of time order: its segments are re-sorted by time (each segment's first and
   * last samples, stably) and merged again. Exact when late rows fall between earlier runs (e.g. files
   * concatenated in the wrong order); a late row inside an earlier run of another status ends at that
   * run's next recorded sample.
   */
  sortSegments(): void {
    const m = this.n;
    const order: number[] = [];
    for (let i = 0; i < m; i++) order.push(i * 2, i * 2 + 1);
    const first = this.first.slice(0, m);
    const last = this.last.slice(0, m);
    const at = (p: number): number => ((p & 1) === 0 ? first[p >> 1]! : last[p >> 1]!);
    order.sort((a, b) => at(a) - at(b) || a - b);
    const code = this.code.slice(0, m);
    const line = this.line.slice(0, m);
    this.n = 0;
    this.inOrder = true;
    for (const p of order) {
      const s = p >> 1;
      const t = at(p);
      const k = this.n - 1;
      if (k >= 0 && this.code[k] === code[s]) this.last[k] = t;
      else this.push(t, t, code[s]!, line[s]!);
    }
  }
}

/** Status logs (SPEC 2): runs of non-up statuses per stream (service + region) become records. */
export class StatusRows implements RowSink, StatusTaker<Stream> {
  /** streams by (service, region) id, in order of first appearance */
  private readonly streams = new Map<number, Stream>();
  /** sample counts by service id, in order of first appearance */
  private readonly serviceSamples = new Map<number, SampleBuckets>();
  /** the same streams by the bytes of their two cells: what each row looks up */
  private readonly byBytes = new StreamIndex<Stream | Stream[]>();
  private readonly col: { time: number; status: number; service: number; region: number };
  samples = 0;
  private acceptedLast = false;
  private readonly acceptedRow = { stream: null as unknown as Stream, t: 0, code: 0 };
  private lane: StatusFastLane<Stream> | null = null;

  constructor(
    private readonly ctx: RowContext,
    /** the user's gap limit in ms (Infinity: none); null: SPEC 2's default */
    private readonly maxGap: number | null = null,
  ) {
    const c = ctx.plan.columns;
    this.col = { time: c.timestamp!, status: c.status!, service: c.service ?? -1, region: c.region ?? -1 };
  }

  row(cells: RowCells, line: number): void {
    const ctx = this.ctx;
    const col = this.col;
    ctx.rows++;
    this.acceptedLast = false;
    if (ctx.cell(cells, col.time) === 0) return ctx.reject(line, 'timestamp is empty');
    const t = ctx.spanInstant(line);
    if (Number.isNaN(t)) return ctx.reject(line, `timestamp ${ctx.shown()} is not a timestamp${FORMS}`);
    if (ctx.cell(cells, col.status) === 0) return ctx.reject(line, 'status is empty');
    const code = ctx.spanWord(line);
    let ss = 0;
    let se = 0;
    if (col.service >= 0) {
      ctx.cell(cells, col.service);
      ss = ctx.span.start;
      se = ctx.span.end;
    }
    let rs = 0;
    let re = 0;
    if (col.region >= 0) {
      ctx.cell(cells, col.region);
      rs = ctx.span.start;
      re = ctx.span.end;
    }
    const buf = cells.buf;
    const stream = this.byBytes.get(buf, ss, se, rs, re) ?? this.newStream(buf, ss, se, rs, re, line);
    if (Array.isArray(stream)) return this.fanOut(stream, t, code, line);
    // the lane's rows of this stream came before this one
    this.lane?.settle(stream);
    ctx.seen(t);
    stream.add(t, code, line);
    this.lane?.track(stream);
    this.samples++;
    const got = this.acceptedRow;
    got.stream = stream;
    got.t = t;
    got.code = code;
    this.acceptedLast = true;
  }

  /**
   * A row whose service cell lists several services: a sample of each one's stream (SPEC 1). The fast lane
   * never learns such a row (it is not `accepted`), so it reads each one here.
   */
  private fanOut(streams: Stream[], t: number, code: number, line: number): void {
    this.ctx.seen(t);
    for (const stream of streams) {
      this.lane?.settle(stream);
      stream.add(t, code, line);
    }
    this.samples++;
  }

  get accepted(): { stream: Stream; t: number; code: number } | null {
    return this.acceptedLast ? this.acceptedRow : null;
  }

  instantAt(buf: Uint8Array, start: number, end: number): number {
    return this.ctx.timestamps.read(buf, start, end);
  }

  counted(rows: number, t: number): void {
    this.ctx.rows += rows;
    this.ctx.seen(t);
    this.samples += rows;
  }

  takeRun(stream: Stream, code: number, first: number, last: number, line: number, rows: number): void {
    // the lane takes a row only one step after its stream's last row, that step being the stream's last
    stream.addEven(code, first, last, first - stream.rows.last, line, rows);
  }

  clock(stream: Stream): { last: number; step: number } {
    return { last: stream.rows.last, step: stream.rows.lastStep };
  }

  /**
   * The byte-matching lane for this log (status-fast-lane.ts), or null when its columns do not allow one:
   * the timestamp must be the first column.
   */
  fastLane(): StatusFastLane<Stream> | null {
    const { time, status, service, region } = this.col;
    if (time !== 0) return null;
    return (this.lane = new StatusFastLane<Stream>(this, Math.max(status, service, region)));
  }

  /** Every stream's state, in order of first appearance, for the first half's reader (log-half.ts). */
  halfStreams(): HalfStream[] {
    this.lane?.settleAll();
    return [...this.streams.values()].map((s) => s.half());
  }

  /** Every service's sample counts, in order of first appearance, for the first half's reader (log-half.ts). */
  halfSamples(): HalfSamples[] {
    this.lane?.settleAll();
    return [...this.serviceSamples].map(([service, s]) => ({ service, ...s.counts() }));
  }

  /**
   * Takes in the streams of the second half (log-half.ts) after this reader has read the first: names
   * interned in the second half's order of first appearance, streams new to this half added after its own,
   * each stream's segments and sample counts appended. Row counts and diagnostics are the importer's part.
   */
  absorb(half: StatusHalf, lineOffset: number): void {
    this.lane?.settleAll();
    const ctx = this.ctx;
    const services = half.services.map((name) => ctx.services.internString(name));
    const regions = half.regions.map((name) => ctx.regions.internString(name));
    for (const h of half.streams) {
      const service = h.service < 0 ? h.service : services[h.service]!;
      const region = h.region < 0 ? h.region : regions[h.region]!;
      this.streamOf(service, region).absorb(h, lineOffset);
    }
    for (const h of half.serviceSamples) {
      const service = h.service < 0 ? h.service : services[h.service]!;
      this.samplesOf(service).addCounts(h);
    }
    this.samples += half.samples;
  }

  /** A (service, region) pair spelled in a way not seen before: interned, then found by id or created. */
  private newStream(buf: Uint8Array, ss: number, se: number, rs: number, re: number, line: number): Stream | Stream[] {
    const ctx = this.ctx;
    const span = ctx.span;
    span.buf = buf;
    let service = ctx.stemService;
    if (this.col.service >= 0) {
      span.start = ss;
      span.end = se;
      service = ctx.spanService(line);
    }
    let region = -1;
    if (this.col.region >= 0) {
      span.start = rs;
      span.end = re;
      region = ctx.spanRegion(line);
    }
    const found =
      service < -2 ? ctx.serviceList(service).map((s) => this.streamOf(s, region)) : this.streamOf(service, region);
    this.byBytes.set(buf, ss, se, rs, re, found);
    return found;
  }

  private streamOf(service: number, region: number): Stream {
    const key = (service + 2) * 0x200000 + region + 1;
    let stream = this.streams.get(key);
    if (stream === undefined) {
      stream = new Stream(service, region, this.samplesOf(service));
      this.streams.set(key, stream);
    }
    return stream;
  }

  private samplesOf(service: number): SampleBuckets {
    let s = this.serviceSamples.get(service);
    if (s === undefined) {
      s = new SampleBuckets();
      this.serviceSamples.set(service, s);
    }
    return s;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /**
   * The runs as records, cut where no row observed them (SPEC 2 observed time), the time each service was
   * observed, the sample counts, and the diagnostics saying how the log was read and where its gaps are.
   */
  finish(latestInstant: number): {
    records: RecordTable;
    samples: SampleCounts;
    observed: ObservedTime;
    notes: Diagnostic[];
  } {
    this.lane?.settleAll();
    const out = new RecordColumns(false, false);
    const { services, regions } = this.ctx;
    const list = [...this.streams.values()];
    const named = list.map((s) => {
      if (!s.inOrder) s.sortSegments();
      const service = s.service < 0 ? '(every service)' : services.names[s.service]!;
      const name = s.region < 0 ? service : `${service} (${regions.names[s.region]!})`;
      return { name, rows: s.rows.inTimeOrder(), runs: s.n };
    });
    const rule = gapRule(named, this.maxGap);
    const gaps: { name: string; gap: LongestGap; maxGap: number }[] = [];
    const spans: { service: string | null; spans: Float64Array }[] = [];
    list.forEach((s, i) => {
      const { name, rows } = named[i]!;
      const clock = streamClock(rows, rule, latestInstant);
      const gap = { from: 0, interval: 0 };
      const covered = coverage(rows, clock, gap);
      gaps.push({ name, gap, maxGap: clock.maxGap });
      spans.push({ service: s.service < 0 ? null : services.names[s.service]!, spans: covered });
      let k = 0;
      for (let j = 0; j < s.n; j++) {
        if (s.code[j] === UP) continue;
        const end = j + 1 < s.n ? s.first[j + 1]! : clock.lastEnd;
        let pushed = false;
        k = cutBySpans(covered, k, s.first[j]!, end, (a, b) => {
          out.push(a, b, s.service, s.code[j]!, NaN, s.region, s.line[j]!);
          pushed = true;
        });
        // the stream's last status never ended in the log
        if (pushed && j + 1 === s.n) out.markOpen();
      }
    });
    const streams: SampleStream[] = [...this.serviceSamples].map(([service, s]) => ({
      service: service < 0 ? null : services.names[service]!,
      ...s.sorted(),
    }));
    return {
      records: out.finish(latestInstant, services.names, regions.names),
      samples: { bucketMs: BUCKET_MS, streams },
      observed: { kind: rule.kind, maxGapMs: this.maxGap, services: serviceCoverage(spans) },
      notes: observedDiagnostics(rule, gaps),
    };
  }
}
