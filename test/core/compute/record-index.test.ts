import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableFromRecords } from '../../../core/model/record-table';
import { SEVERITIES, type OutageRecord } from '../../../core/model/records';
import { serviceMajorTable } from '../../../core/compute/records-by-service';
import { addRowSums, emptySums, recordIndex, statsOfGroups, statsOfSums } from '../../../core/compute/record-index';
import { eachKeptRecord, rangeRows, recordsOver, type RecordStats } from '../../../core/compute/record-stats';

const H = 3_600_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');

/**
 * The record statistics as SPEC 5 defines them, record by record: counts of records starting in each month
 * per severity; outage records (weight above 0, not maintenance, length above 0) with a part in each month,
 * the parts' total, and those with a part on both sides of a boundary. Records shorter than the minimum
 * outage are left out of all of it.
 */
function reference(
  records: OutageRecord[],
  b: number[],
  minOutageMs: number,
  weights: { partial: number; degraded: number },
) {
  const months = b.length - 1;
  const counts = new Array<number>(4 * months).fill(0);
  const recordCount = new Array<number>(months).fill(0);
  const recordMs = new Array<number>(months).fill(0);
  const crossing = new Array<number>(b.length).fill(0);
  for (const r of records) {
    if (minOutageMs > 0 && r.end - r.start < minOutageMs) continue;
    const sev = SEVERITIES.indexOf(r.severity);
    const weight =
      r.severity === 'major'
        ? 1
        : r.severity === 'partial'
          ? weights.partial
          : r.severity === 'degraded'
            ? weights.degraded
            : 0;
    for (let k = 0; k < months; k++) {
      if (r.start >= b[k]! && r.start < b[k + 1]!) counts[4 * k + sev]!++;
      if (weight <= 0 || r.end <= r.start) continue;
      const part = Math.min(r.end, b[k + 1]!) - Math.max(r.start, b[k]!);
      if (part <= 0) continue;
      recordCount[k]!++;
      recordMs[k]! += part;
      if (r.start < b[k]!) crossing[k]!++;
    }
  }
  return { counts, recordCount, recordMs, crossing };
}

const plain = (s: RecordStats) => ({
  counts: [...s.counts],
  recordCount: [...s.recordCount],
  recordMs: [...s.recordMs],
  crossing: [...s.crossing],
});

const recordArb = fc.record({
  start: fc.integer({ min: 0, max: 400 }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 })),
  severity: fc.constantFrom(...SEVERITIES),
  service: fc.constantFrom('a', 'b', 'c', null),
});

describe('record index', () => {
  it('gives the record-by-record statistics for any months, groups, minimum outage and weights, indexed or read in one pass (property)', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 60 }),
        // boundaries in hours from T0, strictly increasing: months of any length, some records outside them
        fc.uniqueArray(fc.integer({ min: 20, max: 500 }), { minLength: 2, maxLength: 8 }),
        fc.constantFrom(0, 30 * 60_000, 2 * H),
        fc.record({ partial: fc.constantFrom(0, 0.3), degraded: fc.constantFrom(0, 0.5) }),
        (rows, hours, minOutageMs, weights) => {
          // the import keeps records in start order; whole-minute instants, as a log gives them
          const records: OutageRecord[] = rows
            .map((r, i) => ({
              start: T0 + r.start * 15 * 60_000,
              end: T0 + (r.start * 15 + r.length * 7) * 60_000,
              service: r.service,
              severity: r.severity,
              open: false,
              line: i + 1,
            }))
            .sort((x, y) => x.start - y.start);
          const b = Float64Array.from(hours.sort((x, y) => x - y).map((h) => T0 + h * H));
          const major = serviceMajorTable(tableFromRecords(records));
          const rule = { minOutageMs, weights };
          const groups = Array.from({ length: major.from.length - 1 }, (_, g) =>
            recordIndex(major.table, major.from[g]!, major.from[g + 1]!, rule),
          );
          const expected = reference(records, [...b], minOutageMs, weights);
          expect(plain(statsOfGroups(groups, b))).toEqual(expected);
          // a one-shot report's pass over each group's rows gives the same
          const sums = emptySums(b.length);
          for (let g = 0; g + 1 < major.from.length; g++) {
            addRowSums(sums, major.table, major.from[g]!, major.from[g + 1]!, rule, b);
          }
          expect(plain(statsOfSums(sums, b))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a record that spans two months once in the period that holds both', () => {
    // one major record 2024-01-31 20:00 .. 2024-02-01 04:00: 4 h in January, 4 h in February
    const records: OutageRecord[] = [
      {
        start: Date.parse('2024-01-31T20:00:00Z'),
        end: Date.parse('2024-02-01T04:00:00Z'),
        service: 'a',
        severity: 'major',
        open: false,
        line: 1,
      },
    ];
    const major = serviceMajorTable(tableFromRecords(records));
    const b = Float64Array.from(['2024-01-01', '2024-02-01', '2024-03-01'].map((d) => Date.parse(`${d}T00:00:00Z`)));
    const index = recordIndex(major.table, 0, major.from[major.from.length - 1]!, {
      minOutageMs: 0,
      weights: { partial: 0.3, degraded: 0 },
    });
    const stats = statsOfGroups([index], b);
    expect([...stats.recordCount]).toEqual([1, 1]);
    expect([...stats.recordMs]).toEqual([4 * H, 4 * H]);
    // January and February together: the one record, its 8 h
    expect(recordsOver(stats, 0, 2)).toEqual({ count: 1, ms: 8 * H });
  });
});

describe('the walk over kept records', () => {
  it('reuses one row buffer for walk after walk (one a service), and gives a walk inside a visit its own', () => {
    const records: OutageRecord[] = [0, 1, 2].map((k) => ({
      start: T0 + k * H,
      end: T0 + (k + 1) * H,
      service: 'api',
      severity: 'major',
      open: false,
      line: k + 2,
    }));
    const { table } = serviceMajorTable(tableFromRecords(records));
    const rule = { minOutageMs: 0, weights: { partial: 0.3, degraded: 0 } };
    const buffers = new Set<Int32Array>();
    // a range source that notes the buffer each walk hands it
    const seen = (lo: number, hi: number) => {
      const rows = rangeRows(lo, hi);
      return { fill: (buf: Int32Array) => (buffers.add(buf), rows.fill(buf)) };
    };
    const starts: number[] = [];
    for (let k = 0; k < 1000; k++) eachKeptRecord(table, seen(0, 3), rule, (_sev, s) => k === 0 && starts.push(s));
    // 1,000 walks (a 1,000-service report's), one buffer; each record visited in start order
    expect(buffers.size).toBe(1);
    expect(starts).toEqual([T0, T0 + H, T0 + 2 * H]);
    const outer: number[] = [];
    const inner: number[] = [];
    eachKeptRecord(table, seen(0, 3), rule, (_sev, s) => {
      outer.push(s);
      if (outer.length === 1) eachKeptRecord(table, seen(1, 3), rule, (_sev2, s2) => inner.push(s2));
    });
    expect(buffers.size).toBe(2);
    expect(outer).toEqual([T0, T0 + H, T0 + 2 * H]);
    expect(inner).toEqual([T0 + H, T0 + 2 * H]);
  });
});
