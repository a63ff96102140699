import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordColumns } from '@core/import/records/record-columns';
import { recordsFromTable, tableFromRecords } from '@core/model/record-table';
import { INSTANT_STEPS, SEVERITIES, type OutageRecord } from '@core/model/records';

const DAY = 86_400_000;
const T2024 = Date.UTC(2024, 0, 1);

/**
 * What RecordInstants promises, worked out apart from the code: 32-bit steps exactly when one step of
 * INSTANT_STEPS divides every instant's distance from the first start and every distance in that step fits
 * 32 bits; the step is the largest that divides them all.
 */
function expectedSteps(instants: number[]): number | null {
  const base = instants[0]!;
  const step = INSTANT_STEPS.find((s) => instants.every((t) => Number.isInteger((t - base) / s)));
  if (step === undefined) return null;
  const fits = instants.every((t) => (t - base) / step >= -(2 ** 31) && (t - base) / step <= 2 ** 31 - 1);
  return fits ? step : null;
}

/** Instants as logs write them: whole minutes, seconds or ms, fractions, spans of days to centuries. */
const instant = fc.oneof(
  fc.integer({ min: 0, max: 60 * 24 * 365 }).map((m) => T2024 + m * 60_000),
  fc.integer({ min: -(10 ** 6), max: 10 ** 6 }).map((s) => T2024 + s * 1000),
  fc.integer({ min: -40 * DAY, max: 40 * DAY }).map((ms) => T2024 + ms),
  fc.integer({ min: 0, max: 4000 }).map((q) => T2024 + q / 4),
  fc.integer({ min: -3000, max: 3000 }).map((y) => T2024 + y * 365 * DAY),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((s) => T2024 + s * 1000),
  // minutes past 2^31 of them (4,085 years) from 2024, and ms past 2^31 (24.8 days)
  fc.integer({ min: -(2 ** 32), max: 2 ** 32 }).map((m) => T2024 + m * 60_000),
  fc.integer({ min: -(2 ** 32), max: 2 ** 32 }).map((ms) => T2024 + ms),
);

const record = fc
  .record({
    start: instant,
    length: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 10_000 }).map((m) => m * 60_000),
      instant.map((t) => Math.abs(t - T2024)),
    ),
    service: fc.constantFrom(null, 'api', 'web'),
    severity: fc.constantFrom(...SEVERITIES),
    affected: fc.option(fc.constantFrom(0.25, 0.5, 1), { nil: undefined }),
    region: fc.option(fc.constantFrom('eu', 'us'), { nil: undefined }),
    open: fc.boolean(),
  })
  .map(({ start, length, ...rest }): OutageRecord => {
    const r: OutageRecord = { ...rest, start, end: start + length, line: 0 };
    if (r.affected === undefined) delete r.affected;
    if (r.region === undefined) delete r.region;
    return r;
  });

describe('record columns: instants in 32-bit steps where they fit', () => {
  it('give back every instant exactly, in 32-bit steps exactly when the log allows them', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 60 }), (raw) => {
        const records = raw.map((r, i) => ({ ...r, line: i + 2 }));
        const table = tableFromRecords(records);
        expect(recordsFromTable(table)).toEqual(records);
        const step = expectedSteps(records.flatMap((r) => [r.start, r.end]));
        expect(table.instants.start instanceof Int32Array).toBe(step !== null);
        expect(table.instants.step).toBe(step ?? 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('move stored rows to a finer step, then to 64 bits, across growth and with open records ended last', () => {
    const out = new RecordColumns(false, false);
    const starts: number[] = [];
    // 3,000 whole minutes, one second off, one ms off: three steps, each past a doubling of the columns
    for (let i = 0; i < 3000; i++) starts.push(T2024 + i * 60_000 + (i === 1500 ? 1000 : i === 2500 ? 1 : 0));
    starts.forEach((s, i) => out.push(s, i % 7 === 0 ? NaN : s + 60_000, 0, 0, NaN, -1, i + 2));
    // within 2^31 ms (24.8 days) of the first start, so the ms still fit 32 bits
    const latest = T2024 + 20 * DAY;
    let table = out.finish(latest, ['api'], []);
    expect(table.instants.step).toBe(1);
    expect(table.instants.start).toBeInstanceOf(Int32Array);
    const ends = recordsFromTable(table).map((r) => [r.start, r.end, r.open]);
    expect(ends).toEqual(starts.map((s, i) => (i % 7 === 0 ? [s, latest, true] : [s, s + 60_000, false])));

    // found by the property above: the end asks for ms, in which the start (35,792 minutes before the first,
    // 2,147,520,000 ms) no longer fits 32 bits
    const late = T2024 + 35_792 * 60_000;
    const both = tableFromRecords([
      { start: late, end: late, service: null, severity: 'major', open: false, line: 2 },
      { start: T2024, end: T2024 + 36_352, service: null, severity: 'major', open: false, line: 3 },
    ]);
    expect(recordsFromTable(both).map((r) => [r.start, r.end])).toEqual([
      [late, late],
      [T2024, T2024 + 36_352],
    ]);
    expect(both.instants.start).toBeInstanceOf(Float64Array);

    // ms 30 days later than the first start is past 2^31 ms: 64-bit instants
    const wide = new RecordColumns(false, false);
    wide.push(T2024, T2024 + 60_000, 0, 0, NaN, -1, 2);
    wide.push(T2024 + 30 * DAY + 1, NaN, 0, 0, NaN, -1, 3);
    table = wide.finish(T2024 + 31 * DAY + 1, ['api'], []);
    expect(table.instants.start).toBeInstanceOf(Float64Array);
    expect(recordsFromTable(table).map((r) => [r.start, r.end])).toEqual([
      [T2024, T2024 + 60_000],
      [T2024 + 30 * DAY + 1, T2024 + 31 * DAY + 1],
    ]);
  });
});

describe('record columns grouped by service (an import that keeps no texts)', () => {
  it('hold the log stably sorted by group, then start: platform-wide first, services in order of appearance', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 80 }), fc.boolean(), (raw, ties) => {
        // `ties`: starts on a coarse grid, so rows of one group often share a start
        const records = raw.map((r, i) => {
          const start = ties ? T2024 + (Math.abs(r.start - T2024) % 5) * 60_000 : r.start;
          return { ...r, start, end: start + (r.end - r.start), line: i + 2 };
        });
        const names = [...new Set(records.flatMap((r) => (r.service === null ? [] : [r.service])))];
        const group = (r: OutageRecord): number => (r.service === null ? 0 : 1 + names.indexOf(r.service));
        const expected = records
          .map((r) => ({ ...r, line: 0 }))
          .sort((a, b) => group(a) - group(b) || a.start - b.start);
        const table = tableFromRecords(records, true);
        expect(recordsFromTable(table)).toEqual(expected);
        const bounds = [0];
        for (let g = 0; g <= names.length; g++) bounds.push(bounds[g]! + expected.filter((r) => group(r) === g).length);
        expect(Array.from(table.groups!)).toEqual(bounds);
      }),
      { numRuns: 300 },
    );
  });

  it('sort groups past the radix sort threshold (2,048 rows) the same way, ties in log order', () => {
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
    const services = [null, 'api', 'web', 'db'];
    // 20,000 rows on 300 starts a second apart: about 5,000 a group, and every start shared by many rows
    const records: OutageRecord[] = Array.from({ length: 20_000 }, (_, i) => {
      const start = T2024 + Math.floor(next() * 300) * 1000;
      return {
        start,
        end: start + i,
        service: services[Math.floor(next() * 4)]!,
        severity: 'major',
        open: false,
        line: i + 2,
      };
    });
    const group = (r: OutageRecord): number => services.indexOf(r.service);
    const table = tableFromRecords(records, true);
    // every row's end is unique (start + its place in the log), so the comparison sees the tie order
    const expected = records.map((r) => ({ ...r, line: 0 })).sort((a, b) => group(a) - group(b) || a.start - b.start);
    expect(table.services).toEqual(['api', 'web', 'db']);
    expect(recordsFromTable(table)).toEqual(expected);
  });
});

describe('record columns: kinds and services', () => {
  it('keep one kind per severity, region, share and openness, whatever the bits of a NaN share', () => {
    const out = new RecordColumns(false, false);
    const otherNaN = new Float64Array(new Uint32Array([1, 0x7ff80000]).buffer)[0]!;
    const bits = (x: number): number[] => Array.from(new Uint32Array(new Float64Array([x]).buffer));
    expect(Number.isNaN(otherNaN) && bits(otherNaN).join() !== bits(NaN).join()).toBe(true);
    out.push(0, 60_000, 0, 0, NaN, -1, 2);
    out.push(0, 60_000, 0, 0, otherNaN, -1, 3);
    out.push(0, 60_000, 0, 0, 0.5, -1, 4);
    out.push(0, 60_000, 0, 1, 0.5, 0, 5);
    out.push(0, NaN, 0, 1, 0.5, 0, 6);
    out.push(0, 60_000, 0, 1, 0.5, 0, 7);
    out.markOpen();
    const table = out.finish(120_000, ['api'], ['eu']);
    // (major, none, NaN) twice, (major, none, 0.5), (partial, eu, 0.5), then that kind open twice
    expect(Array.from(table.kind)).toEqual([0, 0, 1, 2, 3, 3]);
    expect(Array.from(table.kinds.open)).toEqual([0, 0, 0, 1]);
    expect(recordsFromTable(table).map((r) => [r.end, r.open])).toEqual([
      [60_000, false],
      [60_000, false],
      [60_000, false],
      [60_000, false],
      [120_000, true],
      [60_000, true],
    ]);
  });

  it('widen kinds past 65,536 and services past 32,768 to 32 bits, and read every row back', () => {
    const out = new RecordColumns(false, false);
    const n = 70_000;
    // every row its own share (a kind each) and its own service code
    for (let i = 0; i < n; i++) out.push(i * 60_000, (i + 1) * 60_000, i, i % 4, (i + 1) / (n + 1), -1, i + 2);
    const services = Array.from({ length: n }, (_, i) => `s${i}`);
    const table = out.finish(n * 60_000, services, []);
    expect(table.kind).toBeInstanceOf(Int32Array);
    expect(table.service).toBeInstanceOf(Int32Array);
    const records = recordsFromTable(table);
    for (const i of [0, 32_767, 32_768, 65_535, 65_536, n - 1]) {
      expect(records[i]).toMatchObject({ service: `s${i}`, severity: SEVERITIES[i % 4], affected: (i + 1) / (n + 1) });
    }
  });

  it('stay 16-bit for a log of few kinds and services', () => {
    const table = tableFromRecords([{ start: 0, end: 1, service: 'api', severity: 'major', open: false, line: 2 }]);
    expect(table.kind).toBeInstanceOf(Uint16Array);
    expect(table.service).toBeInstanceOf(Int16Array);
  });
});
