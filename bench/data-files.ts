import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateIntervalLog } from './generate-interval-log';
import { generateStatusLog, type GeneratedLog } from './generate-status-log';

export type LogKind = 'status' | 'interval';

/** Bumped whenever a generator changes its output, so stale cached files are rebuilt. */
const GENERATOR_VERSION = 1;

export interface BenchFile {
  kind: LogKind;
  path: string;
  rows: number;
  bytes: number;
}

interface Meta {
  version: number;
  kind: LogKind;
  rows: number;
  seed: number;
  bytes: number;
}

/**
 * The log of this kind, size and seed under dir, generated on first use and reused afterwards.
 * A sidecar .meta.json records how it was made; a file whose meta or size does not match is rebuilt.
 */
export function ensureLog(dir: string, kind: LogKind, rows: number, seed: number, log: (m: string) => void): BenchFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${kind}-${rows}-s${seed}.csv`);
  const metaPath = path + '.meta.json';
  const want: Omit<Meta, 'bytes'> = { version: GENERATOR_VERSION, kind, rows, seed };
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Meta;
    const same = meta.version === want.version && meta.kind === kind && meta.rows === rows && meta.seed === seed;
    if (same && statSync(path).size === meta.bytes) return { kind, path, rows, bytes: meta.bytes };
  }
  log(`generating ${path} (${rows.toLocaleString('en-US')} rows) ...`);
  const started = performance.now();
  const made: GeneratedLog =
    kind === 'status' ? generateStatusLog(path, rows, seed) : generateIntervalLog(path, rows, seed);
  log(`  ${(made.bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(metaPath, JSON.stringify({ ...want, bytes: made.bytes } satisfies Meta));
  return { kind, path, rows, bytes: made.bytes };
}
