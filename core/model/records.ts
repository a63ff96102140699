/**
 * The record model every importer produces and every computation reads (SPEC 1).
 *
 * Records are stored column-wise: a million-row interval log must fit in tens of megabytes,
 * so each field is a typed array and names are interned into small string tables.
 */
import type { TextColumn } from './text-column';

/**
 * The severities and their codes, the compact form RecordKinds.severity stores: the one table the importers write
 * and the sweep reads. A code is its severity's index in SEVERITIES. Plain constants, so the sweep's inner loop
 * compares with literals.
 */
export const MAJOR = 0;
export const PARTIAL = 1;
export const DEGRADED = 2;
export const MAINTENANCE = 3;
export const SEVERITIES = ['major', 'partial', 'degraded', 'maintenance'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_CODE = { major: MAJOR, partial: PARTIAL, degraded: DEGRADED, maintenance: MAINTENANCE } as const;
export type SeverityCode = (typeof SEVERITY_CODE)[Severity];

export function severityCode(s: Severity): SeverityCode {
  return SEVERITY_CODE[s];
}

/** One outage interval in plain-object form: for tests, tables and small logs. */
export interface OutageRecord {
  /** ms since epoch, UTC */
  start: number;
  /** ms since epoch, UTC; end >= start */
  end: number;
  /** null: platform-wide (the log said empty or `*`) */
  service: string | null;
  severity: Severity;
  /** share of users affected, in (0,1] */
  affected?: number;
  region?: string;
  title?: string;
  id?: string;
  /** the log gave no end: the record ends at the latest instant seen anywhere in the log */
  open: boolean;
  /** 1-based line of the row in the file (first line of a multi-line row); 0 when not from a file */
  line: number;
}

/**
 * Severity, region, affected share and openness of records. A log repeats a few combinations (the 1M-row
 * bench log has about 2,800), so each record stores the index of its combination (RecordTable.kind) instead
 * of 14 bytes. region -1: none; affected NaN: absent; open 1: the log gave no end.
 */
export interface RecordKinds {
  severity: Uint8Array;
  affected: Float64Array;
  region: Int32Array;
  open: Uint8Array;
}

/**
 * A table's starts and ends: the instant of a stored value v is base + step * v (exact: whole numbers below
 * 2^53). Whole minutes, seconds or ms within 2^31 steps of the log's first start are stored as 32-bit steps,
 * half the room of instants; a log past that (ms over more than 24 days, instants before or after it by
 * more than 68 years of seconds) keeps the instants themselves.
 */
/** Steps of stored instants, largest first, each a multiple of the next: whole minutes, seconds, ms. */
export const INSTANT_STEPS = [60_000, 1000, 1] as const;

export type RecordInstants =
  | { start: Int32Array; end: Int32Array; base: number; step: number }
  | { start: Float64Array; end: Float64Array; base: 0; step: 1 };

/**
 * Column-wise records. Row i is (instants.start[i], instants.end[i], ...), about 12 bytes a row. Strings are
 * interned: service[i] indexes `services` (-1 = platform-wide), kind[i] indexes `kinds`, whose region indexes
 * `regions`. titles/ids hold each row's text or none (read with textAt), kept only when the log has such a
 * column (they are never read by the computations, only by incident lists). Read a row with record-table.ts.
 */
export interface RecordTable {
  count: number;
  instants: RecordInstants;
  /** 16-bit while the log has at most 32,768 services */
  service: Int16Array | Int32Array;
  /** 16-bit while the log has at most 65,536 kinds */
  kind: Uint16Array | Int32Array;
  kinds: RecordKinds;
  /**
   * each row's line; null when the importer was told that no incident rows will be listed (`keepTexts`
   * false: the CLI's text formats), which are the only readers of lines
   */
  line: Int32Array | null;
  /**
   * null: the rows are in log order. Else they lie grouped by service, platform-wide first, then service code
   * 0, 1, ..., each group in start order with ties in log order, as the report's sweeps read them (an import
   * that keeps no texts, so no incident is ever listed from it: see ImportOptions.keepTexts); the rows of
   * group g are [groups[g], groups[g + 1]), group 1 + c being service code c. The columns then lie on
   * SharedArrayBuffers, so a worker thread reads them in place.
   */
  groups: Int32Array | null;
  services: string[];
  regions: string[];
  titles?: TextColumn;
  ids?: TextColumn;
}

/**
 * Status logs also count their samples (SPEC 2 "sample availability"). Counts are kept per service (the
 * report sums a service's samples over its regions; one series per region would multiply the memory by the
 * regions) and per 15-minute UTC bucket, so the report can regroup them into months of any time zone without
 * re-reading the file (every UTC offset in use since 1970 is a multiple of 15 minutes). Only buckets that
 * hold samples are kept: two samples 98 years apart cost two entries, not 3.4 million buckets.
 */
export interface SampleCounts {
  /** bucket length in ms (15 minutes) */
  bucketMs: number;
  streams: SampleStream[];
}

export interface SampleStream {
  /** null: platform-wide */
  service: string | null;
  /** start of each bucket holding samples, ms since epoch, ascending, no repeats */
  at: Float64Array;
  /** per bucket in `at`: up samples, all samples, maintenance samples */
  up: Uint32Array;
  all: Uint32Array;
  maintenance: Uint32Array;
}

/**
 * SPEC 2's observed time of a status log: the time each service's streams cover (a service is observed when
 * any of its streams is). Time outside is no data for it (SPEC 5 NoData).
 */
export interface ObservedTime {
  /** how the log was read: a sample log (rows repeat statuses) or an event log (rows mark changes) */
  kind: 'sample' | 'event';
  /** the gap limit the user set, in ms (Infinity: none); null: SPEC 2's default for the kind */
  maxGapMs: number | null;
  services: ObservedService[];
}

export interface ObservedService {
  /** null: platform-wide streams, which observe every service */
  service: string | null;
  /** covered time as [start, end) pairs, ms since epoch: ascending, disjoint and not touching */
  spans: Float64Array;
}
