import { BufferedWriter } from './buffered-writer';
import { exponential, seededRandom } from './prng';

/**
 * A probe log as a monitoring system writes it: one row per stream (service x region) per minute,
 * `timestamp,service,region,status,latency_ms`, in time order. Outages are rare runs (about 0.05 % of
 * samples down), with some degraded runs and a monthly 30-minute maintenance window per service.
 */
export const STATUS_SERVICES = [
  'api-gateway',
  'auth',
  'checkout',
  'search',
  'catalog',
  'payments',
  'notifications',
  'media',
] as const;
export const STATUS_REGIONS = ['us-east', 'us-west', 'eu-central', 'ap-southeast'] as const;

export const STATUS_LOG_START = Date.UTC(2025, 0, 1);
const MINUTE = 60_000;
/** outage starts per stream-minute: with a 5-minute mean length, about 0.05 % of samples are down */
const DOWN_START = 1e-4;
const DOWN_MEAN_MINUTES = 5;
const DEGRADED_START = 2e-5;
const DEGRADED_MEAN_MINUTES = 15;
/** every service has a 30-minute maintenance window every 30 days, at 02:00 UTC, staggered by service */
const MAINTENANCE_EVERY_DAYS = 30;
const MAINTENANCE_MINUTES = 30;

export interface GeneratedLog {
  rows: number;
  bytes: number;
}

export function generateStatusLog(path: string, rows: number, seed: number): GeneratedLog {
  const random = seededRandom(seed);
  const out = new BufferedWriter(path);
  out.write('timestamp,service,region,status,latency_ms\n');
  const streams = STATUS_SERVICES.flatMap((s, si) => STATUS_REGIONS.map((r) => ({ si, prefix: `,${s},${r},` })));
  // per stream: minutes left in the current non-up run and its status word
  const left = new Int32Array(streams.length);
  const word: string[] = streams.map(() => 'up');
  let written = 0;
  for (let minute = 0; written < rows; minute++) {
    const t = STATUS_LOG_START + minute * MINUTE;
    const ts = new Date(t).toISOString().slice(0, 19) + 'Z';
    const minuteOfCycle = minute % (MAINTENANCE_EVERY_DAYS * 1440);
    for (let k = 0; k < streams.length && written < rows; k++, written++) {
      const { si, prefix } = streams[k]!;
      const maintenanceStart = 120 + si * 3 * 1440;
      const inMaintenance = minuteOfCycle >= maintenanceStart && minuteOfCycle < maintenanceStart + MAINTENANCE_MINUTES;
      if (left[k]! > 0) {
        left[k]!--;
      } else {
        const u = random();
        if (u < DOWN_START) {
          word[k] = 'down';
          left[k] = Math.floor(exponential(random, DOWN_MEAN_MINUTES));
        } else if (u < DOWN_START + DEGRADED_START) {
          word[k] = 'degraded';
          left[k] = Math.floor(exponential(random, DEGRADED_MEAN_MINUTES));
        } else {
          word[k] = 'up';
        }
      }
      const status = inMaintenance ? 'maintenance' : word[k]!;
      const latency = status === 'down' ? 10000 : 20 + Math.floor(random() * 180) * (status === 'degraded' ? 8 : 1);
      out.write(ts + prefix + status + ',' + latency + '\n');
    }
  }
  out.close();
  return { rows, bytes: out.bytes };
}
