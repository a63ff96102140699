import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { writeGzipBomb } from '../test/hostile/gzip-bomb';
import { BufferedWriter } from './buffered-writer';

/** Bumped whenever a shape's file changes, so stale cached files are rebuilt. */
const SHAPES_VERSION = 1;

/**
 * The hostile shapes of issue 19 items 1, 3 and 4, as files the bench times the CLI's path on (import, report,
 * and the terminal table where the table is the point). Each is generated once under the data folder.
 */
export interface HostileShape {
  name: string;
  /** the figure on the code before the fix, quoted beside ours */
  before: string;
  /** what the run must end with: the table is printed, or the import refuses the file */
  table: boolean;
  /** the run prints the PDF (`--pdf`) instead of the table: issue 19 item 4 */
  pdf?: true;
  write(path: string): Promise<void> | void;
}

/** Interval rows of api, one a day from 2024-01-01, each 60 minutes, with a title. */
function dayRow(k: number): string {
  const day = new Date(Date.UTC(2024, 0, 1) + (k % 3000) * 86_400_000).toISOString().slice(0, 10);
  return `${day}T00:00:00Z,${day}T01:00:00Z,api,incident ${k}\n`;
}

/** A 64 MB interval CSV whose line 3 opens a quote it never closes. */
function writeStrayQuote(path: string, bytes: number): void {
  const w = new BufferedWriter(path);
  w.write('start,end,service,title\n');
  w.write(dayRow(0));
  w.write('2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,api,"stray quote\n');
  for (let k = 2; w.bytes < bytes; k++) w.write(dayRow(k));
  w.close();
}

async function gzipFile(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createGzip(), createWriteStream(to));
}

/** One record per service, `services` of them, each down 60 minutes on a day of January 2024. */
function writeServices(path: string, services: number): void {
  const w = new BufferedWriter(path);
  w.write('start,end,service\n');
  for (let k = 0; k < services; k++) {
    const day = String(1 + (k % 28)).padStart(2, '0');
    w.write(`2024-01-${day}T00:00:00Z,2024-01-${day}T01:00:00Z,svc${k}\n`);
  }
  w.close();
}

const ndjsonRecord = (k: number): string => {
  const day = new Date(Date.UTC(2024, 0, 1) + (k % 366) * 86_400_000).toISOString().slice(0, 10);
  return `{"start":"${day}T00:00:00Z","end":"${day}T01:00:00Z","service":"s${k % 7}"}\n`;
};

export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: 'stray-quote-64mb.csv',
    before: '46 s, ~800,000 rows swallowed ("skipped: 1")',
    table: true,
    write: (path) => writeStrayQuote(path, 64e6),
  },
  {
    name: 'stray-quote-16mb.csv.gz',
    before: 'over 120 s',
    table: true,
    write: async (path) => {
      const plain = path.replace(/\.gz$/, '');
      writeStrayQuote(plain, 16e6);
      await gzipFile(plain, path);
    },
  },
  {
    name: 'one-line-1gib.csv.gz',
    before: 'never ends',
    table: false,
    write: (path) => void writeGzipBomb(path, 'start,end,', Buffer.from('x'), 1024 ** 3),
  },
  ...[40_000, 80_000, 200_000].map((n): HostileShape => ({
    name: `services-${n / 1000}k.csv`,
    before: n === 40_000 ? '35 s' : n === 80_000 ? '200 s' : '1.67 GB',
    table: true,
    write: (path) => writeServices(path, n),
  })),
  ...[250, 1000].map((n): HostileShape => ({
    name: `pdf-services-${n}.csv`,
    before: n === 250 ? '91 s, 29 MB (263 pages, 15 MB measured here)' : 'over 300 s',
    table: true,
    pdf: true,
    write: (path) => writeServices(path, n),
  })),
  {
    name: 'wide-first-record.ndjson',
    before: '85 s',
    table: true,
    write: (path) => {
      const w = new BufferedWriter(path);
      const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',');
      w.write(`{${keys},"start":"2024-01-01T00:00:00Z","end":"2024-01-01T00:30:00Z","service":"wide"}\n`);
      for (let k = 0; k < 50_000; k++) w.write(ndjsonRecord(k));
      w.close();
    },
  },
  {
    name: 'nested-6000.ndjson',
    before: '"Maximum call stack size exceeded": the import ends',
    table: true,
    write: (path) => {
      const w = new BufferedWriter(path);
      for (let k = 0; k < 1000; k++) w.write(ndjsonRecord(k));
      w.write(`{"start":"2024-02-01T00:00:00Z","x":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}\n`);
      for (let k = 1000; k < 2000; k++) w.write(ndjsonRecord(k));
      w.close();
    },
  },
];

/** The shape's file under dir, written on first use (a sidecar records the version it was made by). */
export async function ensureShape(dir: string, shape: HostileShape, log: (m: string) => void): Promise<string> {
  const folder = join(dir, 'hostile');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, shape.name);
  const metaPath = path + '.meta.json';
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { version: number; bytes: number };
    if (meta.version === SHAPES_VERSION && statSync(path).size === meta.bytes) return path;
  }
  log(`generating ${path} ...`);
  await shape.write(path);
  writeFileSync(metaPath, JSON.stringify({ version: SHAPES_VERSION, bytes: statSync(path).size }));
  return path;
}
