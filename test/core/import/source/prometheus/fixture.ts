/**
 * The samples of the Prometheus tests, written as OpenMetrics (for promtool to backfill) and as the CSV a file
 * of the same samples would be (for the file path to read): two metrics, each series a 0/1 probe.
 */
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
export const JAN = Date.UTC(2026, 0, 1);
export const FEB = Date.UTC(2026, 1, 1);

export interface FixtureSeries {
  metric: string;
  job: string;
  instance: string;
  step: number;
  /** samples at from, from + step, ... before to */
  from: number;
  to: number;
  /** value 0 for samples in these [a, b) */
  down: [number, number][];
  /** no sample in these [a, b) */
  gaps: [number, number][];
}

/** The tests' range: a few days around the January/February boundary (promtool writes a block per 2 hours). */
export const FROM = FEB - 3 * DAY;
export const TO = FEB + 3 * DAY;

/**
 * probe_success: the cases of the comparison with the file path.
 * - api/eu, every 15 s: a down run across the January/February boundary, with a sample exactly on it
 * - api/us, every 60 s off the minute by 7 s: a short down run, and a two-hour gap with no sample
 * - web/eu, every 30 s: up until a down run that starts exactly on the boundary (the sample at 00:00:00.000
 *   of 1 February is down and belongs to February only)
 * - web/us, every 60 s: all up, the prober dies on 1 February at 12:00 (a dead prober is not up)
 * - web/ap, every 60 s: January all up (its samples stay on the server), a failure in February
 * - edge/eu, every 20 s: one down sample 1 ms before the boundary (January's last instant), the next one up
 */
export const PROBES: FixtureSeries[] = [
  {
    metric: 'probe_success',
    job: 'api',
    instance: 'eu',
    step: 15_000,
    from: FEB - 2 * DAY,
    to: FEB + 2 * DAY,
    down: [[FEB - 10 * MIN, FEB + 20 * MIN]],
    gaps: [],
  },
  {
    metric: 'probe_success',
    job: 'api',
    instance: 'us',
    step: MIN,
    from: FROM + 7_000,
    to: TO,
    down: [[FEB - DAY + 10 * HOUR, FEB - DAY + 10 * HOUR + 5 * MIN]],
    gaps: [[FEB + DAY + 6 * HOUR, FEB + DAY + 8 * HOUR]],
  },
  {
    metric: 'probe_success',
    job: 'web',
    instance: 'eu',
    step: 30_000,
    from: FEB - DAY,
    to: FEB + 12 * HOUR,
    down: [[FEB, FEB + MIN]],
    gaps: [],
  },
  {
    metric: 'probe_success',
    job: 'web',
    instance: 'us',
    step: MIN,
    from: FROM,
    to: FEB + 12 * HOUR,
    down: [],
    gaps: [],
  },
  {
    metric: 'probe_success',
    job: 'edge',
    instance: 'eu',
    step: 20_000,
    from: FEB - 1 - 4320 * 20_000,
    to: FEB + DAY,
    down: [[FEB - 1, FEB]],
    gaps: [],
  },
  {
    metric: 'probe_success',
    job: 'web',
    instance: 'ap',
    step: MIN,
    from: FROM,
    to: TO,
    down: [[FEB + 2 * DAY, FEB + 2 * DAY + 10 * MIN]],
    gaps: [],
  },
];

/** fleet_up: sixteen probes every minute, one of them down for ten minutes (a fleet with few failures). */
export const FLEET: FixtureSeries[] = Array.from({ length: 16 }, (_, i) => ({
  metric: 'fleet_up',
  job: 'fleet',
  instance: `node-${String(i).padStart(2, '0')}`,
  step: MIN,
  from: FROM,
  to: TO,
  down: i === 3 ? ([[FEB + DAY + 12 * HOUR, FEB + DAY + 12 * HOUR + 10 * MIN]] as [number, number][]) : [],
  gaps: [],
}));
const inAny = (t: number, spans: [number, number][]): boolean => spans.some(([a, b]) => t >= a && t < b);

/** Calls f for each sample of the series, in time order. */
export function eachSample(s: FixtureSeries, f: (t: number, value: 0 | 1) => void): void {
  for (let t = s.from; t < s.to; t += s.step) if (!inAny(t, s.gaps)) f(t, inAny(t, s.down) ? 0 : 1);
}

/** The OpenMetrics text promtool backfills: one family per metric, each series in time order. */
export function openMetrics(series: readonly FixtureSeries[]): string {
  const out: string[] = [];
  for (const metric of [...new Set(series.map((s) => s.metric))]) {
    out.push(`# TYPE ${metric} gauge\n`);
    for (const s of series.filter((x) => x.metric === metric)) {
      const lines: string[] = [];
      eachSample(s, (t, v) =>
        lines.push(`${metric}{job="${s.job}",instance="${s.instance}"} ${v} ${(t / 1000).toFixed(3)}\n`),
      );
      out.push(lines.join(''));
    }
  }
  out.push('# EOF\n');
  return out.join('');
}

/** The same samples as a status-log CSV (SPEC 2): timestamp, service (job), region (instance), status. */
export function statusCsv(series: readonly FixtureSeries[]): string {
  const out = ['timestamp,service,region,status\n'];
  for (const s of series) {
    const lines: string[] = [];
    eachSample(s, (t, v) =>
      lines.push(`${new Date(t).toISOString()},${s.job},${s.instance},${v === 1 ? 'up' : 'down'}\n`),
    );
    out.push(lines.join(''));
  }
  return out.join('');
}
