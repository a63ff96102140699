import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth, daysOfDate } from '@core/time/civil-time';
import { TimestampReader } from '@core/import/values/timestamp';

/**
 * The importer reads `YYYY-MM-DD?HH:MM:SS` by a fixed-layout fast path and civil days from a table of month
 * starts (1900-2199). Both must read every such timestamp, valid or not, as the calendar does: checked here
 * against Date's own proleptic Gregorian arithmetic over years 0 to 9999, the table's edges included.
 */

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ms of the UTC wall time by Date (setUTCFullYear: Date.UTC would read years below 100 as 19xx). */
function reference(y: number, mo: number, d: number, h: number, mi: number, sec: number): number {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60) return NaN;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCMonth() !== mo - 1) return NaN; // the day is past the month's end
  return date.getTime() + h * 3_600_000 + mi * 60_000 + sec * 1000;
}

const pad = (v: number, n: number): string => String(v).padStart(n, '0');

describe('timestamps in the full form', () => {
  it('daysOfDate equals daysFromCivil on every day of 1895-2205, and is NaN past the month end', () => {
    for (let y = 1895; y <= 2205; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          if (d <= daysInMonth(y, m)) expect(daysOfDate(y, m, d)).toBe(daysFromCivil(y, m, d));
          else expect(daysOfDate(y, m, d)).toBeNaN();
        }
      }
    }
  });

  it('reads random full-form timestamps, valid and not, as the calendar does', () => {
    const next = random(42);
    const pick = (n: number): number => Math.floor(next() * n);
    const reader = new TimestampReader('UTC', null);
    const years = [0, 1, 99, 1899, 1900, 1970, 2024, 2199, 2200, 9999];
    const suffixes: [string, number][] = [
      ['Z', 0],
      ['', 0],
      ['+05:30', -330 * 60_000],
      ['-0800', 480 * 60_000],
      ['.250Z', 250],
      [' UTC', 0],
    ];
    for (let k = 0; k < 20_000; k++) {
      const y = k % 2 ? years[pick(years.length)]! : pick(10_000);
      const [mo, d, h, mi, sec] = [pick(14), pick(33), pick(25), pick(61), pick(62)];
      const sep = 'Tt X'[pick(4)]!;
      const [suffix, shift] = suffixes[pick(suffixes.length)]!;
      const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${sep}${pad(h, 2)}:${pad(mi, 2)}:${pad(sec, 2)}${suffix}`;
      const bytes = new TextEncoder().encode(text);
      const expected = sep === 'X' ? NaN : reference(y, mo, d, h, mi, sec) + shift;
      expect([text, reader.read(bytes, 0, bytes.length)]).toEqual([text, expected]);
    }
  });
});
