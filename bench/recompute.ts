import { basename } from 'node:path';
import { importFile } from '../core/import';
import { DEFAULT_SETTINGS, type Settings } from '../core/model/settings';
import { createReportEngine } from '../core/report/index';
import { ensureLog } from './data-files';
import { median } from './measure';

export interface RecomputeFigures {
  targetRecords: number;
  targetMonths: number;
  targetMs: number;
  /** median CPU time of the same builds (steadier than wall time on a shared machine) */
  targetCpuMs: number;
  zoneRecords: number;
  zoneMs: number;
  zoneCpuMs: number;
}

const REPEATS = 5;
/** each build uses a zone other than the previous one, so no layer can be reused from the build before */
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles', 'UTC'];

async function engineFor(path: string) {
  const result = await importFile(path, { fileName: basename(path), settings: DEFAULT_SETTINGS.import });
  return { records: result.records.count, engine: createReportEngine(result) };
}

interface Timing {
  ms: number;
  cpuMs: number;
}

function timed(f: () => void): Timing {
  const cpu = process.cpuUsage();
  const t = performance.now();
  f();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * What the app does on an edit: the report engine over an import already in memory builds again with one
 * setting changed. Measured in this process after one warm-up build, median of REPEATS.
 */
export async function measureRecompute(
  dataDir: string,
  seed: number,
  log: (m: string) => void,
): Promise<RecomputeFigures> {
  // 10k interval records; the range pinned to 24 months (the generator's span is 2024-01 .. 2025-12)
  const small = await engineFor(ensureLog(dataDir, 'interval', 10_000, seed, log).path);
  const base: Settings = { ...DEFAULT_SETTINGS, range: { from: '2024-01', to: '2025-12' } };
  small.engine.build(base);
  const targetTimes: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const s: Settings = { ...base, targets: { default: 0.99 + i / 1000, services: { 'api-core': 0.95 } } };
    targetTimes.push(timed(() => small.engine.build(s)));
  }

  const large = await engineFor(ensureLog(dataDir, 'interval', 1_000_000, seed, log).path);
  large.engine.build(DEFAULT_SETTINGS);
  const zoneTimes: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const s: Settings = { ...DEFAULT_SETTINGS, reportTimeZone: ZONES[i % ZONES.length]! };
    zoneTimes.push(timed(() => large.engine.build(s)));
  }
  return {
    targetRecords: small.records,
    targetMonths: 24,
    targetMs: median(targetTimes.map((t) => t.ms)),
    targetCpuMs: median(targetTimes.map((t) => t.cpuMs)),
    zoneRecords: large.records,
    zoneMs: median(zoneTimes.map((t) => t.ms)),
    zoneCpuMs: median(zoneTimes.map((t) => t.cpuMs)),
  };
}
