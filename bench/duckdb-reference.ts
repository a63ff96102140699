import type { DuckDBConnection } from '@duckdb/node-api';
import type { LogKind } from './data-files';
import type { FigureRow } from './figures';

/**
 * The reference: DuckDB reads the same file and computes the same per-service monthly figures in SQL,
 * following SPEC 5 with the default settings (report zone UTC, weights major 1 / partial 0.3 /
 * degraded 0, maintenance excluded). Nothing here shares code with the project's engine.
 *
 * Downtime is an event sweep: every record start/end and every month start is a point; between two
 * consecutive points the active-record counts per class are constant, so the segment's weight is
 * 0 under maintenance (excluded), else 1 when a major record is active, else 0.3 when a partial one
 * is, else 0 (= max weight over active records, SPEC w_s(t)).
 */

const sql = (strings: TemplateStringsArray, ...values: string[]): string => String.raw(strings, ...values);
const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** SPEC 3 words for the classes the sweep needs: M major, P partial, D degraded, X maintenance, U up. */
const WORDS = {
  M: ['major', 'critical', 'outage', 'major_outage', 'down', 'full', 'red', 'fail', 'failed', 'error', 'false'],
  P: ['partial', 'minor', 'partial_outage', 'orange'],
  D: ['degraded', 'degraded_performance', 'performance', 'slow', 'none', 'yellow'],
  X: ['maintenance', 'under_maintenance', 'scheduled', 'planned', 'paused'],
  U: ['up', 'ok', 'good', 'success', 'operational', 'resolved', 'green', 'true'],
} as const;

function classOf(column: string, withUp: boolean, otherwise: string): string {
  const classes = (withUp ? ['U', 'M', 'P', 'D', 'X'] : ['M', 'P', 'D', 'X']) as (keyof typeof WORDS)[];
  const arms = classes.map((c) => `WHEN lower(trim(${column})) IN (${WORDS[c].map(quote).join(',')}) THEN '${c}'`);
  return `CASE ${arms.join(' ')} ELSE '${otherwise}' END`;
}

/** Months of the report range (SPEC 4): earliest start .. latest end, an end on a boundary in the month before. */
const MONTHS = sql`
CREATE TEMP TABLE months AS
SELECT epoch_ms(m) AS m0, epoch_ms(m + INTERVAL 1 MONTH) AS m1, strftime(m, '%Y-%m') AS month
FROM range(
  date_trunc('month', epoch_ms((SELECT min(s) FROM recs))),
  date_trunc('month', epoch_ms((SELECT greatest(max(e) - 1, min(s)) FROM recs))) + INTERVAL 1 MONTH,
  INTERVAL 1 MONTH) r(m)`;

/** targets(target, tid): every service plus `*`, numbered so the sweep partitions on an integer */
const TARGETS = (from: string): string => sql`
CREATE TEMP TABLE targets AS
SELECT target, (row_number() OVER (ORDER BY target))::INT AS tid FROM (${from} UNION SELECT '*') AS u(target)`;

/**
 * recs(tid, s, e, cls) -> sweep(tid, month, downtime_ms, maintenance_ms).
 * The three active counts (major, partial, maintenance) travel packed in one BIGINT (20 bits each, far
 * more than any overlap here) so one running sum gives all three. Segments are cut at every month start,
 * so a segment's UTC day names its month.
 */
const MAJOR = 1;
const PARTIAL = 2 ** 20;
const MAINT = 2 ** 40;
const SWEEP = sql`
CREATE TEMP TABLE sweep AS
WITH ev AS (
  SELECT tid, s AS t, CASE cls WHEN 'M' THEN ${String(MAJOR)} WHEN 'P' THEN ${String(PARTIAL)} ELSE ${String(MAINT)} END AS d
    FROM recs WHERE e > s AND cls IN ('M', 'P', 'X')
  UNION ALL
  SELECT tid, e, CASE cls WHEN 'M' THEN -${String(MAJOR)} WHEN 'P' THEN -${String(PARTIAL)} ELSE -${String(MAINT)} END
    FROM recs WHERE e > s AND cls IN ('M', 'P', 'X')
  UNION ALL
  SELECT tid, m0, 0 FROM targets CROSS JOIN months
), pts AS (
  SELECT tid, t, sum(d)::BIGINT AS d FROM ev GROUP BY tid, t
), seg AS (
  SELECT tid, t, lead(t) OVER w AS t2, sum(d) OVER w AS c FROM pts WINDOW w AS (PARTITION BY tid ORDER BY t)
), per_day AS (
  SELECT tid, t // 86400000 AS day,
    sum(CASE WHEN c >= ${String(MAINT)} THEN 0
             WHEN c % ${String(PARTIAL)} > 0 THEN t2 - t
             WHEN c > 0 THEN 0.3 * (t2 - t) ELSE 0 END) AS downtime_ms,
    sum(CASE WHEN c >= ${String(MAINT)} THEN t2 - t ELSE 0 END) AS maintenance_ms
  FROM seg WHERE t2 IS NOT NULL GROUP BY ALL
)
SELECT tid, strftime(epoch_ms(day * 86400000), '%Y-%m') AS month,
  sum(downtime_ms) AS downtime_ms, sum(maintenance_ms) AS maintenance_ms
FROM per_day GROUP BY ALL`;

/** A status log's eligible time is its observed time (SPEC 2, 5) less maintenance; an interval log's, the month's. */
const FIGURES = (status: boolean): string => sql`
SELECT targets.target AS service, months.month,
  coalesce(sweep.downtime_ms, 0) / 60000.0 AS downtime,
  (${status ? 'coalesce(observed.observed_ms, 0)' : 'months.m1 - months.m0'} - coalesce(sweep.maintenance_ms, 0)) / 60000.0
    AS eligible,
  ${status ? 'samples.availability' : 'NULL'} AS sample_availability
FROM targets CROSS JOIN months
LEFT JOIN sweep ON sweep.tid = targets.tid AND sweep.month = months.month
${status ? 'LEFT JOIN samples ON samples.target = targets.target AND samples.month = months.month' : ''}
${status ? 'LEFT JOIN observed ON observed.tid = targets.tid AND observed.month = months.month' : ''}
ORDER BY 1, 2`;

/** The statements that leave the figures in temp tables (exported to time each step). */
export function statementsFor(kind: LogKind, path: string): string[] {
  return kind === 'status' ? statusStatements(path) : intervalStatements(path);
}

function intervalStatements(path: string): string[] {
  return [
    sql`
CREATE TEMP TABLE raw AS
SELECT epoch_ms("start") AS s, epoch_ms("end") AS e,
  CASE WHEN service IS NULL OR trim(service) IN ('', '*') THEN NULL ELSE service END AS svc,
  CASE WHEN severity IS NULL OR trim(severity) = '' THEN 'M' ELSE ${classOf('severity', false, 'M')} END AS cls
FROM read_csv(${quote(path)}, header = true, columns = {
  'id': 'VARCHAR', 'service': 'VARCHAR', 'start': 'TIMESTAMPTZ', 'end': 'TIMESTAMPTZ', 'severity': 'VARCHAR',
  'affected_fraction': 'DOUBLE', 'region': 'VARCHAR'})
WHERE epoch_ms("end") >= epoch_ms("start")`,
    TARGETS(`SELECT DISTINCT svc FROM raw WHERE svc IS NOT NULL`),
    // R_s = records of s plus platform-wide ones; the platform row takes every record, but only
    // platform-wide maintenance (SPEC 5 Maint_s for `*`)
    sql`
CREATE TEMP TABLE recs AS
SELECT t.tid, r.s, r.e, r.cls FROM raw r JOIN targets t ON t.target <> '*' AND (r.svc = t.target OR r.svc IS NULL)
UNION ALL
SELECT (SELECT tid FROM targets WHERE target = '*'), s, e, cls FROM raw WHERE cls <> 'X' OR svc IS NULL`,
    MONTHS,
    SWEEP,
  ];
}

function statusStatements(path: string): string[] {
  return [
    sql`
CREATE TEMP TABLE obs AS
SELECT epoch_ms("timestamp") AS t, service, region, ${classOf('status', true, 'M')} AS cls
FROM read_csv(${quote(path)}, header = true, columns = {
  'timestamp': 'TIMESTAMPTZ', 'service': 'VARCHAR', 'region': 'VARCHAR', 'status': 'VARCHAR', 'latency_ms': 'DOUBLE'})`,
    // samples first: the small table then names every service, even one that was never down
    sql`
CREATE TEMP TABLE samples AS
WITH per_day AS (
  SELECT service, t // 86400000 AS day,
    count(*) FILTER (WHERE cls = 'U') AS up, count(*) AS n, count(*) FILTER (WHERE cls = 'X') AS mx
  FROM obs GROUP BY ALL
), per AS (
  SELECT service, strftime(epoch_ms(day * 86400000), '%Y-%m') AS month, sum(up) AS up, sum(n) AS n, sum(mx) AS mx
  FROM per_day GROUP BY ALL
)
SELECT service AS target, month, up / nullif(n - mx, 0) AS availability FROM per
UNION ALL
SELECT '*', month, sum(up) / nullif(sum(n) - sum(mx), 0) FROM per GROUP BY month`,
    // SPEC 2 observed time, row by row: a sample log when more than half the row pairs of a stream repeat
    // the status; med = the stream's median positive interval (the log's when it has none); row i covers
    // [t_i, min(t_i+1, t_i + maxGap)) with maxGap = 5 x med (sample log) or none (event log); the last row
    // covers one med (sample log) or to the latest instant (event log). A status holds where its rows cover.
    sql`
CREATE TEMP TABLE runs AS
WITH r AS (
  SELECT service, region, t, cls, lead(t) OVER w - t AS d, lag(cls) OVER w AS pcls
  FROM obs WINDOW w AS (PARTITION BY service, region ORDER BY t)
), k AS (
  SELECT count(*) FILTER (WHERE pcls = cls) * 2 > count(pcls) AS sample, median(d) FILTER (WHERE d > 0) AS logmed,
    (SELECT max(t) FROM obs) AS latest
  FROM r
), m AS (
  SELECT service, region, median(d) FILTER (WHERE d > 0) AS med FROM r GROUP BY ALL
), c AS (
  SELECT r.service, r.region, r.t, r.cls, r.d, k.sample, k.latest, coalesce(m.med, k.logmed) AS med
  FROM r JOIN m ON m.service IS NOT DISTINCT FROM r.service AND m.region IS NOT DISTINCT FROM r.region CROSS JOIN k
)
-- whole ms, as the sweep's day arithmetic needs (a median of two middle values can end in a half ms)
SELECT service, region, t AS s, cls,
  CAST(t + least(coalesce(d, CASE WHEN sample THEN coalesce(med, 0) ELSE latest - t END),
                 CASE WHEN sample AND med IS NOT NULL THEN 5 * med ELSE 'infinity'::DOUBLE END) AS BIGINT) AS e
FROM c`,
    TARGETS(`SELECT DISTINCT target FROM samples WHERE target <> '*'`),
    // every row names its service: no platform-wide records, so `*` has no maintenance to exclude
    sql`
CREATE TEMP TABLE recs AS
SELECT t.tid, r.s, r.e, r.cls FROM runs r JOIN targets t ON t.target = r.service WHERE r.cls <> 'U'
UNION ALL
SELECT (SELECT tid FROM targets WHERE target = '*'), s, e, cls FROM runs WHERE cls NOT IN ('U', 'X')`,
    MONTHS,
    SWEEP,
    // observed time per target and month: the union of its rows' coverage (a service is observed when any
    // of its streams is, `*` when any stream is), as islands of overlapping or touching spans
    sql`
CREATE TEMP TABLE observed AS
WITH c AS (
  SELECT t.tid, r.s, r.e FROM runs r JOIN targets t ON t.target = r.service OR t.target = '*' WHERE r.e > r.s
), o AS (
  SELECT tid, s, e, max(e) OVER (PARTITION BY tid ORDER BY s ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev
  FROM c
), i AS (
  SELECT tid, s, e, sum(CASE WHEN prev IS NULL OR s > prev THEN 1 ELSE 0 END)
    OVER (PARTITION BY tid ORDER BY s ROWS UNBOUNDED PRECEDING) AS island
  FROM o
), u AS (SELECT tid, min(s) AS s, max(e) AS e FROM i GROUP BY tid, island)
SELECT tid, month, sum(least(e, m1) - greatest(s, m0)) AS observed_ms
FROM u CROSS JOIN months WHERE e > m0 AND s < m1 GROUP BY ALL`,
  ];
}

async function run(connection: DuckDBConnection, statements: string[]): Promise<void> {
  for (const s of statements) await connection.run(s);
}

export async function duckdbFigures(kind: LogKind, path: string): Promise<FigureRow[]> {
  // loaded here, not at the top: the other bench children must not carry DuckDB's native library in their RSS
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`SET TimeZone = 'UTC'`);
    await run(connection, statementsFor(kind, path));
    const reader = await connection.runAndReadAll(FIGURES(kind === 'status'));
    return reader.getRowObjectsJS().map((r) => ({
      service: String(r['service']),
      month: String(r['month']),
      downtimeMinutes: Number(r['downtime']),
      eligibleMinutes: Number(r['eligible']),
      sampleAvailability: r['sample_availability'] === null ? null : Number(r['sample_availability']),
    }));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
