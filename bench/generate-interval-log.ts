import { BufferedWriter } from './buffered-writer';
import type { GeneratedLog } from './generate-status-log';
import { exponential, pick, seededRandom } from './prng';

/**
 * An incident export merged from many teams: one row per outage,
 * `id,service,start,end,severity,affected_fraction,region`, in no order, overlapping, each row's
 * timestamps written in its team's UTC offset (twelve different offsets), severity words from
 * several vocabularies, some platform-wide rows, some empty affected/region values.
 */
const PRODUCTS = ['api', 'auth', 'billing', 'checkout', 'search', 'catalog', 'payments', 'media'];
const TIERS = ['edge', 'core', 'db', 'queue', 'web', 'mobile'];
export const INTERVAL_SERVICES = PRODUCTS.flatMap((p) => TIERS.map((t) => `${p}-${t}`));
const REGIONS = ['us-east', 'us-west', 'eu-central', 'eu-west', 'ap-southeast', 'sa-east'];
/** offset in minutes and as written; +00:00 is written `Z` */
const OFFSETS: readonly [number, string][] = [
  [0, 'Z'],
  [60, '+01:00'],
  [120, '+02:00'],
  [-180, '-03:00'],
  [-300, '-05:00'],
  [330, '+05:30'],
  [345, '+05:45'],
  [-420, '-07:00'],
  [-480, '-08:00'],
  [480, '+08:00'],
  [540, '+09:00'],
  [600, '+10:00'],
];
/** severity words and their share of rows */
const SEVERITY_WORDS: readonly [string, number][] = [
  ['major', 0.2],
  ['critical', 0.05],
  ['partial', 0.2],
  ['minor', 0.1],
  ['degraded', 0.3],
  ['maintenance', 0.15],
];

export const INTERVAL_LOG_START = Date.UTC(2024, 0, 1);
const SPAN_MS = Date.UTC(2026, 0, 1) - INTERVAL_LOG_START;
const MEAN_DURATION_MS = 8 * 60_000;

function severityWord(u: number): string {
  for (const [w, share] of SEVERITY_WORDS) {
    if (u < share) return w;
    u -= share;
  }
  return 'major';
}

function local(t: number, offset: readonly [number, string]): string {
  return new Date(t + offset[0] * 60_000).toISOString().slice(0, 19) + offset[1];
}

export function generateIntervalLog(path: string, rows: number, seed: number): GeneratedLog {
  const random = seededRandom(seed);
  const out = new BufferedWriter(path);
  out.write('id,service,start,end,severity,affected_fraction,region\n');
  for (let i = 0; i < rows; i++) {
    const u = random();
    const service = u < 0.002 ? '*' : u < 0.003 ? '' : pick(random, INTERVAL_SERVICES);
    // whole seconds: incident tools rarely write fractions
    const start = INTERVAL_LOG_START + Math.floor(random() * (SPAN_MS / 1000)) * 1000;
    const end = start + Math.round(exponential(random, MEAN_DURATION_MS) / 1000) * 1000;
    const offset = pick(random, OFFSETS);
    const affected = random() < 0.7 ? (1 + Math.floor(random() * 100)) / 100 : '';
    const region = random() < 0.8 ? pick(random, REGIONS) : '';
    const id = 'INC-' + String(i + 1).padStart(7, '0');
    out.write(
      `${id},${service},${local(start, offset)},${local(end, offset)},${severityWord(random())},${affected},${region}\n`,
    );
  }
  out.close();
  return { rows, bytes: out.bytes };
}
