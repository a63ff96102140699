import { describe, expect, it } from 'vitest';
import { LogImporter } from '@core/import';
import { chunked, importSettings } from './import-helpers';

const DAY = 86_400_000;
const REGIONS = 50;

/**
 * A fleet as issue 17's bench shape, small: `services` x 50 streams, each sampled every 3 days on its own clock
 * (stream k at k x 1,297 s into each 3-day period) from 2025 for `years` years, in time order; stream k is down
 * on its samples 7 and 8 (one down run: two more status runs, down and up again).
 */
function fleetLog(services: number, years: number): { text: string; streams: number; rows: number } {
  const streams = services * REGIONS;
  const phase = (k: number): number => (k * 1_297_000) % (3 * DAY);
  const order = Array.from({ length: streams }, (_, k) => k).sort((a, b) => phase(a) - phase(b));
  const start = Date.UTC(2025, 0, 1);
  const end = Date.UTC(2025 + years, 0, 1);
  const lines = ['timestamp,service,region,status'];
  for (let c = 0; start + c * 3 * DAY < end; c++)
    for (const k of order) {
      const t = start + c * 3 * DAY + phase(k);
      if (t >= end) continue;
      const status = c === 7 || c === 8 ? 'down' : 'up';
      lines.push(`${new Date(t).toISOString()},svc-${Math.floor(k / REGIONS)},r${k % REGIONS},${status}`);
    }
  return { text: lines.join('\n') + '\n', streams, rows: lines.length - 1 };
}

function stateOf(text: string): NonNullable<LogImporter['statusState']> {
  const importer = new LogImporter({ fileName: 'fleet.csv', settings: importSettings() });
  const bytes = new TextEncoder().encode(text);
  // 64 KiB chunks, as a file is read: the status fast lane takes most rows and hands their runs over late
  for (const c of chunked(bytes, 1 << 16)) importer.push(c);
  importer.finish({ sha256: '', bytes: bytes.length });
  return importer.statusState!;
}

describe("a status log's reduction of many sparse streams", () => {
  it('holds state per stream and per status change, and sample counts per month, never per row', () => {
    const small = fleetLog(2, 1);
    const moreStreams = fleetLog(4, 1);
    const longer = fleetLog(2, 2);
    const a = stateOf(small.text);
    // 365 days: 121 whole periods and two days of the 122nd, where every phase (at most 99 x 1,297 s, 1.5
    // days) falls: 122 samples a stream
    expect(small.rows).toBe(100 * 122);
    expect(a.streams).toBe(100);
    // each stream: up, down (samples 7 and 8), up again = 3 runs; one interval (3 days) repeated
    expect(a.segments).toBe(3 * 100);
    expect(a.intervals).toBe(100);
    // a service's 50 streams take about 17 samples a day in distinct 15-minute buckets: 6,100 a year, kept
    // until the end that was 8,192 entries of room. Compacted, a month keeps one entry for its inside and the
    // samples within 14 hours of its two edges (28 h x 17 / 24 = about 20): about 21 a month, 250 a year,
    // and the room doubles only while more than half of it is in use after compaction: 512, at most 1,024
    expect(a.sampleRoom / a.services).toBeLessThanOrEqual(1_024);
    // twice the streams (as twice the services): twice the state, no more room per service
    const b = stateOf(moreStreams.text);
    expect(b.streams).toBe(2 * a.streams);
    expect(b.segments).toBe(2 * a.segments);
    expect(b.intervals).toBe(2 * a.intervals);
    expect(b.sampleRoom / b.services).toBeLessThanOrEqual(1_024);
    // twice the span (and rows): the same per-stream state, at most twice the months' room
    const c = stateOf(longer.text);
    // 730 days: 243 whole periods, and the 244th starts a day before the end: streams 0 to 66 (k x 1,297 s
    // under a day) sample in it
    expect(longer.rows).toBe(100 * 243 + 67);
    expect(c.segments).toBe(a.segments);
    expect(c.intervals).toBe(a.intervals);
    expect(c.sampleRoom).toBeLessThanOrEqual(2 * a.sampleRoom);
  });
});
