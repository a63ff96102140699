import { describe, expect, it } from 'vitest';
import { regionShareByCode } from '../../../core/compute/affected-share';
import { serviceMajorTable } from '../../../core/compute/records-by-service';
import { platformRows, serviceRows } from '../../../core/compute/service-rows';
import {
  maskWeight,
  recordShares,
  sweepService,
  SweepScratch,
  type RowSource,
  type ServiceSweep,
} from '../../../core/compute/sweep';
import { endAt, recordAt, startAt, tableFromRecords } from '../../../core/model/record-table';
import { SEVERITIES, type OutageRecord } from '../../../core/model/records';
import { settings, seededRandom as random } from './helpers';

/**
 * 3,000 records on a 10-minute grid of 8,000 instants (about one start in six shared, often across
 * services), some of length zero, with shares, regions and maintenance.
 */
function records(offset = 0, count = 3000, ownShares = false): OutageRecord[] {
  const next = random(29);
  const services = [null, 'api', 'auth', 'web'];
  const regions = [undefined, 'eu', 'us'];
  return Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(2024, 0, 1) + Math.floor((next() * (8000 * count)) / 3000) * 600_000 + (i % 2) * offset;
    const u = next();
    return {
      start,
      end: start + Math.floor(next() ** 3 * 20) * 600_000,
      service: services[Math.floor(next() * services.length)]!,
      severity: SEVERITIES[Math.floor(next() * 4)]!,
      affected: ownShares ? (i + 1) / (count + 1) : u < 0.3 ? Math.floor(u * 30) / 10 + 0.05 : undefined,
      region: regions[Math.floor(next() * regions.length)],
      open: false,
      line: i + 1,
    };
  });
}

/** Every row the source gives, in one list. */
function drain(rows: RowSource): Int32Array {
  const out: number[] = [];
  const buf = new Int32Array(1000);
  for (let k = rows.fill(buf); k > 0; k = rows.fill(buf)) out.push(...buf.subarray(0, k));
  return Int32Array.from(out);
}

/** A source of a fixed list, all at once. */
const listed = (list: Int32Array): RowSource => {
  let done = false;
  return {
    fill(buf: Int32Array): number {
      if (done) return 0;
      done = true;
      buf.set(list);
      return list.length;
    },
  };
};

const plain = (s: ServiceSweep) => ({
  times: Array.from(s.times),
  mask: Array.from(s.mask),
  share: Array.from(s.share),
  runStart: Array.from(s.runStart),
  runEnd: Array.from(s.runEnd),
});

// whole minutes: instants stored as 32-bit steps, and the group merge orders by one number per row; a
// quarter of a ms added to every other start: 64-bit instants (an offset on every start is taken up by the
// steps' base), and the merge breaks equal starts by log order; and 70,000 rows of as many affected shares:
// more kinds than 16 bits hold, so every row is its own kind
describe.each([
  ['whole minutes', 0, 3000, false],
  ['fractions of a ms', 0.25, 3000, false],
  ['a kind per row', 0, 70_000, true],
])('rows handed to the sweep a chunk at a time (%s)', (_, offset, count, ownShares) => {
  const table = tableFromRecords(records(offset, count, ownShares));
  const s = settings({ regionShares: { eu: 0.4 } });
  const major = serviceMajorTable(table);
  const shares = recordShares(major.table, s.weights, regionShareByCode(table, s.regionShares));
  // the group of an input row: platform-wide rows are group 0, service code c is group 1 + c
  const group = (r: number): number => table.service[r]! + 1;
  // the table's rows as the layout promises: by group, then start, then log order; layout[p] is the input
  // row at place p
  const rowsOf = (): number[] => Array.from({ length: table.count }, (_, r) => r);
  const layout = rowsOf().sort((a, b) => group(a) - group(b) || startAt(table, a) - startAt(table, b) || a - b);
  // a sweep's order: by start, equal starts platform-wide first, then by service code, then log order
  const sorted = (keep: (r: number) => boolean): number[] =>
    rowsOf()
      .filter(keep)
      .sort((a, b) => startAt(table, a) - startAt(table, b) || group(a) - group(b) || a - b);

  it('store instants in 32 bits exactly when they are whole steps, kinds in 16 bits up to 65,536', () => {
    expect(major.table.start instanceof Int32Array).toBe(offset === 0);
    expect(major.table.kind instanceof Uint16Array).toBe(!ownShares);
  });

  it('lay each group out in start order, ties in log order, with its start, end and kind', () => {
    const { start, end, base, step, kind, kinds } = major.table;
    for (let g = 0; g + 1 < major.from.length; g++)
      expect(major.from[g + 1]! - major.from[g]!).toBe(layout.filter((r) => group(r) === g).length);
    for (let p = 0; p < table.count; p++) {
      const r = layout[p]!;
      const k = kind[p]!;
      expect([start[p]! * step + base, end[p]! * step + base]).toEqual([startAt(table, r), endAt(table, r)]);
      const { severity, region, affected } = recordAt(table, r);
      expect([SEVERITIES[kinds.severity[k]!], table.regions[kinds.region[k]!], kinds.affected[k]]).toEqual([
        severity,
        region,
        affected ?? NaN,
      ]);
    }
  });

  it('give `*` every row in start order, ties platform-wide first, then by service, then in log order', () => {
    const rows = drain(platformRows(major));
    expect(Array.from(rows, (p) => layout[p]!)).toEqual(sorted(() => true));
  });

  it('give a service its own rows and the platform-wide ones in start order, platform-wide first on a tie', () => {
    const api = table.services.indexOf('api');
    const rows = drain(serviceRows(major, 'api'));
    expect(Array.from(rows, (p) => layout[p]!)).toEqual(
      sorted((r) => table.service[r] === api || table.service[r] === -1),
    );
  });

  it('sweep the same for any chunk size, into scratch or own columns', () => {
    const opts = { weights: s.weights, shares: shares, ignoreMaintenanceFrom: major.from[1]! };
    const list = drain(platformRows(major));
    // every row in one chunk, the sweep's columns its own
    const whole = plain(sweepService(major.table, listed(list), opts, new SweepScratch(list.length)));
    expect(plain(sweepService(major.table, platformRows(major), opts))).toEqual(whole);
    // a chunk of one row ends the chunk between every two rows of one start; 7 and 4096 elsewhere
    for (const chunk of [1, 7, 4096]) {
      const scratch = new SweepScratch(chunk);
      expect(plain(sweepService(major.table, platformRows(major), opts, scratch))).toEqual(whole);
    }
    expect(whole.runStart.length).toBeGreaterThan(10);
  });

  it('find episodes where the weight is above zero, for weights at and above zero', () => {
    for (const weights of [
      { partial: 0, degraded: 0 },
      { partial: 0.3, degraded: 0 },
      { partial: 0, degraded: 0.5 },
    ]) {
      const sweep = sweepService(major.table, serviceRows(major, 'web'), {
        weights,
        shares: shares,
        ignoreMaintenanceFrom: Infinity,
      });
      // the episodes written out from the segments by maskWeight, as SPEC 5 defines them
      const starts: number[] = [];
      const ends: number[] = [];
      for (let j = 0; j < sweep.times.length; j++) {
        const down = maskWeight(sweep.mask[j]!, weights) > 0;
        const before = j > 0 && maskWeight(sweep.mask[j - 1]!, weights) > 0;
        if (down && !before) starts.push(sweep.times[j]!);
        if (!down && before) ends.push(sweep.times[j]!);
      }
      expect(Array.from(sweep.runStart)).toEqual(starts);
      expect(Array.from(sweep.runEnd)).toEqual(ends);
    }
  });
});
