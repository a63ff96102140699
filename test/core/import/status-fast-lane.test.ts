import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogImporter } from '@core/import';
import type { CsvMode } from '@core/import/containers/csv-reader';
import type { ImportResult } from '@core/model/import-result';
import { importCut, importSettings } from './import-helpers';

/**
 * The status fast lane (core/import/records/status-rows-fast.ts) takes a row without reading its cells when its
 * bytes repeat the last timestamp and the cells its stream wrote last time. Probe logs are like that almost
 * everywhere, so these logs are too: streams in a cycle, one timestamp per cycle, statuses that mostly
 * stay. Whatever the layout, line ends, spaces, quotes and chunking, the import must equal the RFC 4180
 * path's, which never uses the lane.
 */

const LAYOUTS = [
  ['timestamp', 'service', 'region', 'status', 'latency_ms'],
  ['timestamp', 'status', 'service', 'region'],
  ['timestamp', 'region', 'note', 'service', 'status'],
  ['timestamp', 'service', 'status'],
  ['timestamp', 'status'],
  // the timestamp not first: no lane, the same records
  ['service', 'timestamp', 'region', 'status'],
] as const;

const NAMES = ['api', 'api ', ' api', 'auth', '*', '', 'Ж', '東京', 'eu-west', 'eu-west-1', 'a,b'];
const WORDS = ['up', 'up', 'up', 'UP', 'down', 'degraded', 'maintenance', 'weird'];

const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const cyclicLog = fc
  .record({
    layout: fc.nat(LAYOUTS.length - 1),
    eol: fc.constantFrom('\n', '\r\n'),
    streams: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES)), { minLength: 1, maxLength: 5 }),
    cycles: fc.array(
      fc.record({
        // a repeated timestamp lets the lane try the first row of a cycle too; 15 minutes start a new sample
        // bucket (the lane keeps a stream's rows as one run per bucket), and a step back sends the log out of
        // time order (a run the lane keeps never falls)
        step: fc.constantFrom(0, 0, 1, 1, 15, -1, -16),
        // a stream may be missing from a cycle, or two may swap: the lane's guess then misses
        skip: fc.option(fc.nat(), { freq: 4 }),
        swap: fc.boolean(),
        changes: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS)), { maxLength: 2 }),
        extra: fc.constantFrom('12', '7', '', ' 9 ', '"3"', '"1\n2"', '"1\n2"', '"a,""b"""'),
        // mostly one spelling of the instant: another spelling of the same instant is new bytes, spaces
        // around it are trimmed, and a cycle may have no readable timestamp at all (its rows are rejected)
        spelling: fc.constantFrom('Z', 'Z', 'Z', '+00:00', ' padded ', 'garbage'),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ layout, eol, streams, cycles }) => {
    const columns = LAYOUTS[layout]!;
    const lines: string[] = [columns.join(',')];
    const words = streams.map(() => 'up');
    let t = Date.UTC(2025, 0, 31, 23, 40);
    for (const c of cycles) {
      t += c.step * 60_000;
      for (const [k, w] of c.changes) words[k % streams.length] = w;
      const order = streams.map((_, k) => k);
      if (c.swap && order.length > 1) [order[0], order[1]] = [order[1]!, order[0]!];
      for (const k of order) {
        if (c.skip !== null && c.skip % streams.length === k) continue;
        const [service, region] = streams[k]!;
        const iso = new Date(t).toISOString().slice(0, 19);
        const cell: Record<string, string> = {
          timestamp:
            c.spelling === 'garbage' ? 'not a time' : c.spelling === ' padded ' ? ` ${iso}Z ` : `${iso}${c.spelling}`,
          service: quote(service),
          region: quote(region),
          status: words[k]!,
          latency_ms: c.extra,
          note: c.extra,
        };
        lines.push(columns.map((name) => cell[name]).join(','));
      }
    }
    return new TextEncoder().encode(lines.join(eol) + eol);
  });

function importWithLane(bytes: Uint8Array, cuts: number[]): { result: ImportResult; laneRows: number } {
  const importer = new LogImporter({ fileName: 'probe.csv', settings: importSettings(), csvMode: 'auto' });
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    importer.push(bytes.slice(prev, p));
    prev = p;
  }
  return { result: importer.finish({ sha256: '', bytes: bytes.length }), laneRows: importer.laneRows };
}

const reference = (bytes: Uint8Array, mode: CsvMode = 'rfc4180'): ImportResult | string =>
  importCut(bytes, [], mode, 'probe.csv');

describe('status fast lane', () => {
  it('gives the records, samples, rows and diagnostics of the RFC 4180 path for any layout and chunking', () => {
    fc.assert(
      fc.property(cyclicLog, fc.array(fc.nat(), { maxLength: 10 }), (bytes, cuts) => {
        expect(importCut(bytes, cuts, 'auto', 'probe.csv')).toEqual(reference(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('takes most rows of a steady probe log, and then equals the full path', () => {
    // 4 streams x 50 one-minute cycles = 200 rows. The reader reads the whole first cycle (the lane learns
    // each stream's cells and which stream follows which) and the whole second (the lane takes a row only
    // one interval of its stream after the stream's last row, SPEC 2 observed time needs every interval, and
    // a stream's interval is known from its second row); from then on the first row of a cycle differs only
    // in its timestamp, which the lane reads itself.
    const lines = ['timestamp,service,region,status,latency_ms'];
    for (let c = 0; c < 50; c++) {
      const ts = new Date(Date.UTC(2025, 0, 1, 0, c)).toISOString().slice(0, 19) + 'Z';
      for (const s of ['api,us', 'api,eu', 'db,us', 'db,eu']) lines.push(`${ts},${s},${c === 20 ? 'down' : 'up'},${c}`);
    }
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const { result, laneRows } = importWithLane(bytes, []);
    // Cycle 20 is down everywhere and cycle 21 up again: each of their rows changes its stream's cells, so
    // the reader reads them. The reader's rows: 4 + 4 + 2 x 4 = 16; the lane's: 200 - 16 = 184.
    expect(laneRows).toBe(184);
    expect(result).toEqual(reference(bytes));
    expect(result.records.count).toBe(4);
  });

  it('leaves a row to the reader when a quote in an unread cell hides a line end', () => {
    const rows = ['timestamp,service,status,note'];
    for (let c = 0; c < 4; c++) for (const s of ['a', 'b']) rows.push(`2025-01-01T00:0${c}:00Z,${s},up,x`);
    rows.push('2025-01-01T00:03:00Z,a,up,"two\n2025-01-01T00:04:00Z,b,down,lines"');
    rows.push('2025-01-01T00:05:00Z,b,up,x');
    const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
    const { result } = importWithLane(bytes, []);
    expect(result).toEqual(reference(bytes));
    // the quoted note swallowed the "down" row: b never went down
    expect(result.records.count).toBe(0);
  });

  it('reads on past its limits: cells longer than a template holds, and more streams than it has templates for', () => {
    // status-lane.wat holds a stream's cells in at most 112 bytes and at most 2048 streams; past either, the
    // reader reads the rows. 2100 streams (the first with a 120-byte service name) x 3 cycles.
    const lines = ['timestamp,service,region,status'];
    for (let c = 0; c < 3; c++) {
      const ts = `2025-01-01T00:0${c}:00Z`;
      for (let k = 0; k < 2100; k++)
        lines.push(`${ts},${k === 0 ? 'x'.repeat(120) : `svc-${k}`},r,${c === 1 && k % 7 === 0 ? 'down' : 'up'}`);
    }
    const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
    const { result, laneRows } = importWithLane(bytes, [100_000]);
    expect(result).toEqual(reference(bytes));
    // In cycle 3 only (in cycle 2 no stream's interval is known yet: the lane takes a row only one interval
    // after its stream's last) the lane can take a row of streams 0..2047 (2048 templates). It cannot take
    // those that change status (k % 7 === 0: down in cycle 2, up again in 3; floor(2047 / 7) + 1 = 293 of
    // them, stream 0 among them, which also opens each cycle with a new timestamp and whose cells never fit
    // a template). 2048 - 293 = 1755 rows; the 52 streams past the 2048th, none.
    expect(laneRows).toBe(1755);
  });
});
