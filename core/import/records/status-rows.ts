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
import { segmentsOf, StreamTable } from './stream-table';
import {
  coverage,
  cutBySpans,
  GapNotes,
  gapRule,
  observedDiagnostics,
  ServiceCoverage,
  streamClock,
  type LongestGap,
  type ObservedStream,
} from './observed-time';
import type { RowIntervals } from './row-intervals';

/** The sizes of a status log's reduction: per stream, per status change and per service, never per row. */
export interface StatusState {
  streams: number;
  /** status runs of every stream */
  segments: number;
  /** run-length-encoded intervals between rows of every stream */
  intervals: number;
  services: number;
  /** sample-count entries the services have room for (sample-buckets.ts) */
  sampleRoom: number;
}

/** Status logs (SPEC 2): runs of non-up statuses per stream (service + region) become records. */
export class StatusRows implements RowSink, StatusTaker<number> {
  /**
   * every stream's state (a stream is its index there, in order of first appearance): each row's status runs
   * and instants, reduced while reading, so ten million samples stay a handful of numbers per stream
   */
  private readonly table = new StreamTable();
  /** stream index by (service, region) id */
  private readonly streams = new Map<number, number>();
  /** by stream index: the sample counts of its service, which its other regions' streams add to as well */
  private readonly streamSamples: SampleBuckets[] = [];
  /** sample counts by service id, in order of first appearance */
  private readonly serviceSamples = new Map<number, SampleBuckets>();
  /** the same streams by the bytes of their two cells: what each row looks up */
  private readonly byBytes = new StreamIndex<number | number[]>();
  private readonly col: { time: number; status: number; service: number; region: number };
  samples = 0;
  private acceptedLast = false;
  private readonly acceptedRow = { stream: 0, t: 0, code: 0 };
  private lane: StatusFastLane<number> | null = null;

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
    this.add(stream, t, code, line);
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
  private fanOut(streams: number[], t: number, code: number, line: number): void {
    this.ctx.seen(t);
    for (const stream of streams) {
      this.lane?.settle(stream);
      this.add(stream, t, code, line);
    }
    this.samples++;
  }

  get accepted(): { stream: number; t: number; code: number } | null {
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

  /** A sample of the stream at t with this status. */
  private add(stream: number, t: number, code: number, line: number): void {
    this.table.add(stream, t, code, line);
    this.streamSamples[stream]!.add(t, code === UP, code === MAINTENANCE, 1);
  }

  takeRun(stream: number, code: number, first: number, last: number, line: number, rows: number): void {
    const table = this.table;
    // the lane takes a row only one step after its stream's last row, that step being the stream's last
    table.addEven(stream, code, first, last, first - table.lastAt[stream]!, line, rows);
    // all in one 15-minute bucket
    this.streamSamples[stream]!.add(first, code === UP, code === MAINTENANCE, rows);
  }

  clock(stream: number): { last: number; step: number } {
    return { last: this.table.lastAt[stream]!, step: this.table.lastStep(stream) };
  }

  /**
   * The byte-matching lane for this log (status-fast-lane.ts), or null when its columns do not allow one:
   * the timestamp must be the first column.
   */
  fastLane(): StatusFastLane<number> | null {
    const { time, status, service, region } = this.col;
    if (time !== 0) return null;
    return (this.lane = new StatusFastLane<number>(this, Math.max(status, service, region)));
  }

  /** Every stream's state, in order of first appearance, for the first half's reader (log-half.ts). */
  halfStreams(): HalfStream[] {
    this.lane?.settleAll();
    return this.table.halves();
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
      this.table.absorb(this.streamOf(service, region), h, lineOffset);
    }
    for (const h of half.serviceSamples) {
      const service = h.service < 0 ? h.service : services[h.service]!;
      this.samplesOf(service).addCounts(h);
    }
    this.samples += half.samples;
  }

  /** A (service, region) pair spelled in a way not seen before: interned, then found by id or created. */
  private newStream(buf: Uint8Array, ss: number, se: number, rs: number, re: number, line: number): number | number[] {
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

  private streamOf(service: number, region: number): number {
    const key = (service + 2) * 0x200000 + region + 1;
    let stream = this.streams.get(key);
    if (stream === undefined) {
      stream = this.table.create(service, region);
      this.streamSamples.push(this.samplesOf(service));
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
    return this.table.count;
  }

  /** What this reduction holds (entries and the room kept for them): a test's measure of its memory design. */
  state(): StatusState {
    const t = this.table;
    let sampleRoom = 0;
    for (const s of this.serviceSamples.values()) sampleRoom += s.room;
    return {
      streams: t.count,
      segments: t.segs,
      intervals: t.ivs,
      services: this.serviceSamples.size,
      sampleRoom,
    };
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
    const table = this.table;
    const grouped = table.segments();
    const intervals = table.intervals();
    const serviceName = (s: number): string | null =>
      table.service[s]! < 0 ? null : services.names[table.service[s]!]!;
    const nameOf = (s: number): string => {
      const service = serviceName(s) ?? '(every service)';
      return table.region[s]! < 0 ? service : `${service} (${regions.names[table.region[s]!]!})`;
    };
    // streams read out of time order, sorted once (rare); the rest are views made when asked for
    const sorted = new Map<number, RowIntervals>();
    const rowsOf = (s: number): RowIntervals => {
      const r = sorted.get(s) ?? table.rowsOf(intervals, s).inTimeOrder();
      if (table.inOrder[s] === 0) sorted.set(s, r);
      return r;
    };
    const streams = function* (): Generator<ObservedStream> {
      for (let s = 0; s < table.count; s++) {
        const runs =
          table.inOrder[s] === 1 ? grouped.start[s + 1]! - grouped.start[s]! : segmentsOf(table, grouped, s).n;
        yield { rows: rowsOf(s), runs };
      }
    };
    const rule = gapRule(streams(), this.maxGap);
    const gaps = new GapNotes();
    const observed = new ServiceCoverage();
    const gap: LongestGap = { from: 0, interval: 0 };
    for (let s = 0; s < table.count; s++) {
      const rows = rowsOf(s);
      const clock = streamClock(rows, rule, latestInstant);
      gap.from = gap.interval = 0;
      const covered = coverage(rows, clock, gap);
      gaps.add(gap, clock.maxGap, () => nameOf(s));
      observed.add(serviceName(s), covered);
      const seg = segmentsOf(table, grouped, s);
      let k = 0;
      for (let j = 0; j < seg.n; j++) {
        if (seg.code[j] === UP) continue;
        const end = j + 1 < seg.n ? seg.first[j + 1]! : clock.lastEnd;
        let pushed = false;
        k = cutBySpans(covered, k, seg.first[j]!, end, (a, b) => {
          out.push(a, b, table.service[s]!, seg.code[j]!, NaN, table.region[s]!, seg.line[j]!);
          pushed = true;
        });
        // the stream's last status never ended in the log
        if (pushed && j + 1 === seg.n) out.markOpen();
      }
    }
    const samples: SampleStream[] = [...this.serviceSamples].map(([service, s]) => ({
      service: service < 0 ? null : services.names[service]!,
      ...s.sorted(),
    }));
    return {
      records: out.finish(latestInstant, services.names, regions.names),
      samples: { bucketMs: BUCKET_MS, streams: samples },
      observed: { kind: rule.kind, maxGapMs: this.maxGap, services: observed.services() },
      notes: observedDiagnostics(rule, gaps),
    };
  }
}
