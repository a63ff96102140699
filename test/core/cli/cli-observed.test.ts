import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCli, reportJson, runCli } from './run-cli';

/** SPEC 2 observed time and SPEC 4/5 service start through the CLI (`--max-gap`, `--service-start`). */

beforeAll(() => ensureCli(), 120_000);

const dir = mkdtempSync(join(tmpdir(), 'sla-observed-'));
const T0 = Date.UTC(2024, 0, 1);
const ts = (m: number): string => new Date(T0 + m * 60_000).toISOString();

/** api probed every minute 00:00-00:09 (down 00:03-00:04), silent until 10:00, then 10:00-10:04 (down 10:00) */
const gapLog = join(dir, 'probes.csv');
writeFileSync(
  gapLog,
  'timestamp,service,status\n' +
    [...Array.from({ length: 10 }, (_, m) => m), ...Array.from({ length: 5 }, (_, k) => 600 + k)]
      .map((m) => `${ts(m)},api,${m === 3 || m === 4 || m === 600 ? 'down' : 'up'}`)
      .join('\n') +
    '\n',
);

interface Row {
  service: string;
  periodMinutes: number;
  eligibleMinutes: number;
  downtimeMinutes: number;
  noDataMinutes: number;
  availability: number | null;
}

function report(args: string[]): { months: Row[]; diagnostics: { message: string }[] } {
  return reportJson(args);
}

describe('sla report: observed time of a status log', () => {
  it('counts a gap as no data, with the gap limit from the median interval', () => {
    const { months, diagnostics } = report([gapLog]);
    const api = months.find((m) => m.service === 'api')!;
    // a sample log (10 of 14 row pairs repeat), med 1 min, gap limit 5 min: rows cover [00:00, 00:14) and
    // [10:00, 10:05): 19 min observed of January's 44,640; down 00:03-00:05 and 10:00-10:01: 3 min
    expect(api).toMatchObject({
      periodMinutes: 44_640,
      noDataMinutes: 44_621,
      eligibleMinutes: 19,
      downtimeMinutes: 3,
    });
    expect(api.availability).toBeCloseTo(1 - 3 / 19, 12);
    expect(diagnostics.map((d) => d.message)).toEqual([
      "assumed: read as a sample log (71 % of consecutive rows of a stream repeat their status): gap limit 5 x each stream's " +
        "median interval between rows (the log's median: 1 min); time no row covers is no data, neither up nor down",
      'api: longest gap 9 h 51 min between rows at 2024-01-01T00:09:00Z and 2024-01-01T10:00:00Z; no data from ' +
        '2024-01-01T00:14:00Z',
    ]);
  });

  it('takes --max-gap DURATION and --max-gap none', () => {
    // 2 h: [00:00, 02:09) and [10:00, 10:05): 134 min observed
    const two = report([gapLog, '--max-gap', '2h']).months.find((m) => m.service === 'api')!;
    expect(two.noDataMinutes).toBe(44_640 - 134);
    // none: [00:00, 10:05): 605 min observed, and still 3 min down (a status lasts to the stream's next row)
    const none = report([gapLog, '--max-gap', 'none']).months.find((m) => m.service === 'api')!;
    expect(none).toMatchObject({ noDataMinutes: 44_640 - 605, downtimeMinutes: 3 });
    const bad = runCli(['report', gapLog, '--max-gap', 'soon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-gap expects a duration');
  });

  it('prints noDataMinutes in the CSV', () => {
    const r = runCli(['report', gapLog, '--format', 'csv']);
    const [header, , api] = r.stdout.split('\r\n');
    const col = header!.split(',').indexOf('noDataMinutes');
    expect(col).toBeGreaterThan(0);
    expect(api!.split(',')[col]).toBe('44621');
  });
});

describe('sla report --service-start', () => {
  it('makes time before the start no data for that service, in an interval log too', () => {
    const log = join(dir, 'outages.csv');
    writeFileSync(log, 'start,end,service\n2024-03-10T00:00:00Z,2024-03-10T01:00:00Z,api\n');
    const api = report([log, '--service-start', 'api=2024-03-05']).months.find((m) => m.service === 'api')!;
    // March: 44,640 min; 1-4 March (4 x 1,440 = 5,760 min) before the start; 60 min down
    expect(api).toMatchObject({ noDataMinutes: 5_760, eligibleMinutes: 38_880, downtimeMinutes: 60 });
    expect(api.availability).toBeCloseTo(1 - 60 / 38_880, 12);
  });
});
