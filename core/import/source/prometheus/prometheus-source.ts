import { createHash } from 'node:crypto';
import { ImportError, type Diagnostic, type ImportResult, type ServerSourceInfo } from '../../../model/import-result';
import type { Settings } from '../../../model/settings';
import { monthKey } from '../../../time/month-key';
import { reportRange } from '../../../time/report-range';
import { monthBoundaries } from '../../../time/zoned-months';
import type { LogSource, SourceReadOptions } from '../log-source';
import { periodCounts, type SeriesCounts } from './period-counts';
import { PrometheusClient, shownUrl } from './prometheus-client';
import { rangeRuleOf, seriesSelector, type RangeRule } from './promql';
import { probeRangeRule } from './range-rule-probe';
import { edgeSamples } from './edge-search';
import { allOfSeries, windowOfAll, type SampleWindow } from './raw-samples';
import { importServerStreams, type ServerStream, type ServiceCounts } from './status-log-adapter';
import { streamOf } from './series-streams';
import { coverageNotes, evenlySampled } from './coverage';
import { eachInFlight } from './in-flight';

export interface PrometheusQuery {
  url: string;
  /** a series selector picking 0/1 series (1 = up), e.g. probe_success{job="blackbox"} */
  query: string;
  /** the label naming each series' service (default job) */
  serviceLabel: string;
  /** the label naming each series' region (default instance); null: none */
  regionLabel: string | null;
  timeoutMs: number;
  /** more series than this is an error asking to narrow the query */
  maxSeries: number;
}

export const PROMETHEUS_DEFAULTS = {
  serviceLabel: 'job',
  regionLabel: 'instance',
  timeoutMs: 60_000,
  maxSeries: 20_000,
} as const;

/**
 * The edge windows of a period: 5 minutes, Prometheus's own look-back (a probe sampled less often than that
 * is not read by its instant queries either), at most half the period. A series with no sample in one is
 * searched by counts (edge-search.ts).
 */
function edgeWidth(length: number): number {
  return Math.min(Math.floor(length / 2), 5 * 60_000);
}

/** Requests for raw samples in flight at once: a fleet's series are many small questions. */
const IN_FLIGHT = 8;

/**
 * The raw samples of one series' month [from, to) that the reduction needs: all of them when the month held a
 * failure (for the runs and where they end) or its count shows a gap; else its first and last few, which end
 * a run from the month before and bound its time (the samples between are up, at the series' interval).
 * `head` and `tail`: its samples in the month's edge windows, when it has some.
 */
async function monthSamples(
  client: PrometheusClient,
  selector: string,
  counts: SeriesCounts,
  month: { from: number; to: number; width: number; rule: RangeRule; k: number },
  head: SampleWindow | undefined,
  tail: SampleWindow | undefined,
  observed: number[],
): Promise<SampleWindow[]> {
  const { from, to, width, rule, k } = month;
  const n = counts.count[k]!;
  if (n === 0) return [];
  const metric = counts.metric;
  if (counts.min[k] === 0) return [await allOfSeries(client, selector, metric, from, to, n, rule)];
  const first = head ?? (await edgeSamples(client, selector, metric, from, to, width, rule, 'first'));
  const last = tail ?? (await edgeSamples(client, selector, metric, from, to, width, rule, 'last'));
  if (evenlySampled(first, last, n)) {
    // the time between them is observed: the reduction sees only these two ends
    observed.push(first.times[0]!, last.times[last.times.length - 1]!);
    return [first, last];
  }
  return [await allOfSeries(client, selector, metric, from, to, n, rule)];
}

/** The first diagnostic: which rule the months were read under, and how it was found. */
function ruleNote(version: string | null, rule: RangeRule, probed: boolean): string {
  const ends = rule === 'both-ends' ? 'includes both ends of' : 'leaves out the start of';
  const how = probed ? `, as a probe on a sample showed (its version, ${version}, said otherwise)` : '';
  const range = rule === 'both-ends' ? 'the month less 1 ms' : 'the whole month';
  return (
    `Prometheus: the server (version ${version ?? 'not given'}) ${ends} a range selector${how}: each month is ` +
    `read as [start, end) by a range of ${range} evaluated 1 ms before the month ends`
  );
}

/**
 * Prometheus (and the servers that serve its HTTP API) as a log source: each series the query selects is a
 * status stream (SPEC 2). The server does the counting: per series and period (the report's months in its
 * time zone) it answers sample counts, up samples, min and max; the source then fetches raw samples only
 * where the status can change: every sample of a series' period that held a failure (min 0) or a gap (its
 * count short of what its interval gives between its first and last sample), and the first and last few
 * samples of every other period (found by halving the month with counts when the series starts or stops
 * inside it). What is left on the server is up samples between two fetched up samples of their
 * stream, which start and end no run, so the same reduction a file takes gives the same records.
 */
export class PrometheusSource implements LogSource {
  constructor(private readonly q: PrometheusQuery) {}

  get name(): string {
    return shownUrl(this.q.url);
  }

  async read(settings: Settings, opts: SourceReadOptions = {}): Promise<ImportResult> {
    const q = this.q;
    const selector = seriesSelector(q.query);
    if (selector === null) {
      throw new ImportError(
        `--query must be a series selector such as probe_success{job="blackbox"}, not "${q.query}" ` +
          '(an expression has no raw samples: record it with a recording rule and select that)',
      );
    }
    const range = reportRange(null, settings.range, settings.reportTimeZone);
    if (range === null || settings.range.from === null || settings.range.to === null) {
      throw new ImportError('a Prometheus report needs its range: give --from and --to');
    }
    const b = monthBoundaries(range.from, range.to, settings.reportTimeZone);
    const client = new PrometheusClient({ url: q.url, timeoutMs: q.timeoutMs, signal: opts.signal });
    const version = await client.version();
    let rule = rangeRuleOf(version);
    let read = await this.readWith(client, selector, b, range.from, rule, opts);
    const probe = read.probe && (await probeRangeRule(client, selector, read.probe.metric, read.probe.t));
    const probed = probe !== null && probe !== rule;
    if (probed) {
      // the version misled (VictoriaMetrics answers with a Prometheus 2 version): read again under the rule
      // the server showed
      rule = probe;
      read = await this.readWith(client, selector, b, range.from, rule, opts);
    }
    const streams = read.streams;
    if (streams.length === 0) {
      throw new ImportError(
        `${client.url}: the query ${q.query} selects no samples from ${monthKey(range.from)} to ${monthKey(range.to)}`,
      );
    }
    const imported = await importServerStreams(streams, read.services, b, settings.import);
    const server: ServerSourceInfo = {
      url: client.url,
      query: q.query,
      rangeRule: rule,
      version,
      promql: client.queries,
      bytes: client.bytes,
    };
    const samples = read.services.reduce((n, s) => n + s.all.reduce((a, x) => a + x, 0), 0);
    const diagnostics: Diagnostic[] = [
      { line: 0, message: ruleNote(version, rule, probed) },
      ...read.notes,
      ...imported.diagnostics,
    ];
    return {
      ...imported,
      source: {
        ...imported.source,
        file: client.url,
        sha256: read.sha256,
        format: 'prometheus',
        bytes: client.bytes,
        rows: samples,
        server,
      },
      diagnostics,
      diagnosticsTotal: imported.diagnosticsTotal + diagnostics.length - imported.diagnostics.length,
      columns: [],
      mapping: {},
    };
  }

  /** Counts, edges and raw samples under one range rule. */
  private async readWith(
    client: PrometheusClient,
    selector: string,
    b: Float64Array,
    firstMonth: number,
    rule: RangeRule,
    opts: SourceReadOptions,
  ): Promise<{
    streams: ServerStream[];
    services: ServiceCounts[];
    notes: Diagnostic[];
    probe: { metric: Record<string, string>; t: number } | null;
    sha256: string;
  }> {
    const q = this.q;
    const periods = b.length - 1;
    let series = 0;
    const progress = (step: number, counted = series): void => {
      series = counted;
      const server = { series, requests: client.queries.length, step, steps: 2 * periods };
      opts.onProgress?.({ bytesRead: client.bytes, bytesTotal: 0, rows: step, server });
    };
    const counts = await periodCounts(client, selector, b, rule, q.maxSeries, progress);
    // the labels and values of every series are checked before a raw sample is asked for
    const named = new Map<string, { counts: SeriesCounts; stream: ServerStream; windows: SampleWindow[] }>();
    const seen = new Map<string, string>();
    for (const [key, c] of counts) {
      const stream = streamOf(c, q.serviceLabel, q.regionLabel, seen, q.query);
      named.set(key, { counts: c, stream, windows: [] });
    }
    for (let k = 0; k < periods; k++) {
      const from = b[k]!;
      const to = b[k + 1]!;
      const width = edgeWidth(to - from);
      const head = await windowOfAll(client, selector, from, from + width, rule);
      const tail = await windowOfAll(client, selector, to - width, to, rule);
      const month = { from, to, width, rule, k };
      await eachInFlight([...named], IN_FLIGHT, async ([key, s]) => {
        const windows = await monthSamples(
          client,
          selector,
          s.counts,
          month,
          head.get(key),
          tail.get(key),
          s.stream.observed,
        );
        s.windows.push(...windows.filter((w) => w.times.length > 0));
      });
      progress(periods + k + 1);
    }
    const hash = createHash('sha256');
    const streams: ServerStream[] = [];
    let probe: { metric: Record<string, string>; t: number } | null = null;
    for (const [key, s] of named) {
      const byTime = new Map<number, number>();
      for (const w of s.windows) w.times.forEach((t, i) => byTime.set(t, w.values[i]!));
      const times = [...byTime.keys()].sort((x, y) => x - y);
      if (times.length === 0) continue;
      if (probe === null) {
        const i = times.findIndex((t, j) => times[j + 1] !== t + 1);
        probe = { metric: s.counts.metric, t: times[i]! };
      }
      const values = times.map((t) => byTime.get(t)!);
      hash.update(key).update(Float64Array.from(times)).update(Float64Array.from(values));
      streams.push({ ...s.stream, times, values });
    }
    const services = new Map<string, ServiceCounts>();
    for (const { counts: c, stream } of named.values()) {
      let sc = services.get(stream.service);
      if (sc === undefined) {
        sc = { service: stream.service, all: new Float64Array(periods), up: new Float64Array(periods) };
        services.set(stream.service, sc);
      }
      for (let k = 0; k < periods; k++) {
        sc.all[k]! += c.count[k]!;
        sc.up[k]! += c.up[k]!;
      }
    }
    const notes = coverageNotes([...named.values()], b, firstMonth);
    return { streams, services: [...services.values()], notes, probe, sha256: hash.digest('hex') };
  }
}
