import { BufferedWriter } from './buffered-writer';
import type { GeneratedLog } from './generate-status-log';
import { seededRandom, type Random } from './prng';

/**
 * The log shapes of issue 17, where the default bench log (32 streams sharing each timestamp) flatters the
 * import: every row its own timestamp, tens of thousands of streams each on its own clock, many streams over
 * a long span. Columns as the default status log (timestamp,service,region,status,latency_ms), in time order.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** a sample is down with this chance, and a stream then stays down for the next one with DOWN_STAYS */
const DOWN = 0.003;
const DOWN_STAYS = 0.3;

const iso = (t: number): string => new Date(t).toISOString();

/** Each stream's status word, down in rare short runs: a sample log (most consecutive rows repeat). */
function statusWords(random: Random, streams: number): (k: number) => string {
  const down = new Uint8Array(streams);
  return (k) => {
    down[k] = random() < (down[k] ? DOWN_STAYS : DOWN) ? 1 : 0;
    return down[k] ? 'down' : 'up';
  };
}

function row(out: BufferedWriter, t: number, service: string, region: string, status: string, random: Random): void {
  const latency = status === 'down' ? 10000 : 20 + Math.floor(random() * 180);
  out.write(`${iso(t)},${service},${region},${status},${latency}\n`);
}

/**
 * 32 streams (8 services x 4 regions) probing once a minute, stream k at second 1.875 x k of each minute, so
 * no two rows share a timestamp; `rows` rows spread over `years` years from 2007 as one block of minutes at
 * the start of each year (the probes between blocks are no data).
 */
export function generateUniqueTimestamps(path: string, rows: number, years: number, seed: number): GeneratedLog {
  const random = seededRandom(seed);
  const word = statusWords(random, 32);
  const out = new BufferedWriter(path);
  out.write('timestamp,service,region,status,latency_ms\n');
  const minutesPerYear = Math.ceil(rows / 32 / years);
  let written = 0;
  for (let y = 0; y < years && written < rows; y++) {
    const yearStart = Date.UTC(2007 + y, 0, 1);
    for (let m = 0; m < minutesPerYear && written < rows; m++)
      for (let k = 0; k < 32 && written < rows; k++, written++)
        row(out, yearStart + m * MINUTE + k * 1875, `svc-${k >> 2}`, `r${k & 3}`, word(k), random);
  }
  out.close();
  return { rows: written, bytes: out.bytes };
}

/**
 * `streams` streams (services of 100 regions each), each sampled every `everyDays` days on its own clock
 * (a phase in whole seconds drawn per stream), over `years` years from 2025. With `sameTime` every stream
 * samples at midnight instead (many streams sharing each timestamp).
 */
export function generateFleet(
  path: string,
  streams: number,
  everyDays: number,
  years: number,
  seed: number,
  sameTime = false,
): GeneratedLog {
  const random = seededRandom(seed);
  const word = statusWords(random, streams);
  const period = everyDays * DAY;
  const phase = Float64Array.from({ length: streams }, () =>
    sameTime ? 0 : Math.floor(random() * (period / 1000)) * 1000,
  );
  // in time order: streams by phase within each period
  const order = Array.from({ length: streams }, (_, k) => k).sort((a, b) => phase[a]! - phase[b]! || a - b);
  const start = Date.UTC(2025, 0, 1);
  const end = Date.UTC(2025 + years, 0, 1);
  const out = new BufferedWriter(path);
  out.write('timestamp,service,region,status,latency_ms\n');
  let rows = 0;
  for (let c = 0; start + c * period < end; c++)
    for (const k of order) {
      const t = start + c * period + phase[k]!;
      if (t >= end) continue;
      row(out, t, `svc-${Math.floor(k / 100)}`, `r${k % 100}`, word(k), random);
      rows++;
    }
  out.close();
  return { rows, bytes: out.bytes };
}
