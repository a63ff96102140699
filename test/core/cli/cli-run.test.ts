import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCli, ROOT, runCli } from './run-cli';

/**
 * `sla run FILE.json` (issue 16): a saved report regenerates its outputs as `sla report` makes them. The log,
 * test/fixtures/issue15/april-outages.csv (April 2024), holds api major 60 min on the 2nd, api partial 30 min
 * on the 10th, web major 20 min on the 20th and a platform-wide major 10 min on the 25th (line 5).
 */
const dir = mkdtempSync(join(tmpdir(), 'sla-run-'));
const log = join(dir, 'april-outages.csv');
copyFileSync(join(ROOT, 'test/fixtures/issue15/april-outages.csv'), log);
const logBytes = readFileSync(log);
const settings = { targets: { default: 0.9995, services: { web: 0.999 } }, users: 1000, report: { title: 'April' } };
writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));

beforeAll(() => ensureCli(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reportFile(name: string, body: object): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(body));
  return path;
}

const saved = (outputs: object[], extra: object = {}) => ({
  kind: 'sla-report',
  version: 1,
  // relative: to the report file's folder, wherever the run starts
  source: { log: 'april-outages.csv' },
  settings,
  outputs,
  ...extra,
});

describe('sla run', () => {
  it('writes the JSON and CSV that sla report prints for the same log and settings, names filled in', () => {
    const file = reportFile(
      'monthly.json',
      saved([
        { format: 'json', file: 'out/sla-{period}.json' },
        { format: 'csv', file: 'out/sla-{period}.csv' },
      ]),
    );
    mkdirSync(join(dir, 'out'));
    const r = runCli(['run', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const flags = ['--settings', join(dir, 'settings.json')];
    const json = runCli(['report', log, '--format', 'json', ...flags]);
    const csv = runCli(['report', log, '--format', 'csv', ...flags]);
    // the range is the log's one month, so {period} is 2024-04
    expect(readFileSync(join(dir, 'out/sla-2024-04.json'), 'utf8')).toBe(json.stdout);
    expect(readFileSync(join(dir, 'out/sla-2024-04.csv'), 'utf8')).toBe(csv.stdout);
    expect(readFileSync(log).equals(logBytes)).toBe(true);
  });

  it('--out-dir and --from/--to: a scheduler names the folder and last month without editing the file', () => {
    const file = reportFile('scheduled.json', saved([{ format: 'json', file: 'sla-{period}.json' }]));
    const outDir = mkdtempSync(join(dir, 'cron-'));
    const r = runCli(['run', file, '--out-dir', outDir, '--from', '2024-04-10', '--to', '2024-04-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(readFileSync(join(outDir, 'sla-2024-04-10_2024-04-30.json'), 'utf8'));
    // from the 10th: api keeps the partial 30 min x 0.3 and the platform's 10 min, 19 min of 21 days
    expect(out.months.find((m: { service: string }) => m.service === 'api').downtimeMinutes).toBeCloseTo(19, 9);
    expect(out.months.find((m: { service: string }) => m.service === 'api').periodMinutes).toBe(21 * 1440);
  });

  it('writes the outage list: each episode in the report zone with the records behind it', () => {
    const file = reportFile(
      'outages.json',
      saved([{ format: 'episodes-csv', file: 'outages.csv' }], {
        settings: { ...settings, reportTimeZone: 'Asia/Jakarta' },
      }),
    );
    const r = runCli(['run', file]);
    expect(r.status).toBe(0);
    const rows = readFileSync(join(dir, 'outages.csv'), 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('service,start,end,minutes,severity,records,ids,titles,lines');
    // Jakarta is UTC+7; the platform-wide record of line 5 is behind an episode of *, api and web; the log has
    // no id or title column
    expect(rows).toContain('api,2024-04-02T07:00:00+07:00,2024-04-02T08:00:00+07:00,60,major,1,,,2');
    expect(rows).toContain('web,2024-04-25T07:00:00+07:00,2024-04-25T07:10:00+07:00,10,major,1,,,5');
    // 4 episodes of *, 3 of api, 2 of web
    expect(rows).toHaveLength(1 + 4 + 3 + 2);
  });

  it('the outage list through sla report: ids and titles joined, a formula in a title made inert', () => {
    const titled = join(dir, 'titled.csv');
    writeFileSync(
      titled,
      'id,start,end,service,title\n' +
        'INC-1,2024-05-01T10:00:00Z,2024-05-01T11:00:00Z,api,"=HYPERLINK(""http://x"")"\n' +
        'INC-2,2024-05-01T10:30:00Z,2024-05-01T11:30:00Z,api,Database failover\n',
    );
    const r = runCli(['report', titled, '--format', 'episodes-csv', '--service', 'api']);
    expect(r.status).toBe(0);
    // the two records overlap: one episode of 10:00-11:30, 90 minutes; the cell starting with = gets an apostrophe
    expect(r.stdout.split('\r\n')[1]).toBe(
      `api,2024-05-01T10:00:00Z,2024-05-01T11:30:00Z,90,major,2,INC-1; INC-2,"'=HYPERLINK(""http://x""); Database failover",2; 3`,
    );
  });
});

describe('sla run refuses a broken report file with its name and field, and writes nothing', () => {
  const refused = (name: string, body: object | string, args: string[] = []): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
    const r = runCli(['run', path, ...args]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(log).equals(logBytes)).toBe(true);
    return r.stderr;
  };

  it('a version this build does not read', () => {
    expect(refused('v2.json', { ...saved([{ format: 'json', file: 'x.json' }]), version: 2 })).toMatch(
      /^sla: .*v2\.json: version: .*1/,
    );
  });

  it('a bad setting, by its path', () => {
    const bad = saved([{ format: 'json', file: 'x.json' }], { settings: { targets: { default: 99.9 } } });
    expect(refused('bad-target.json', bad)).toMatch(/bad-target\.json: settings\.targets\.default: /);
  });

  it('an unknown placeholder in a file name', () => {
    expect(refused('typo.json', saved([{ format: 'pdf', file: 'sla-{month}.pdf' }]))).toContain(
      'outputs.0.file: the only placeholders are {period} and {date}',
    );
  });

  it('not JSON', () => {
    expect(refused('broken.json', '{"kind": "sla-report",')).toMatch(/broken\.json: not valid JSON/);
  });

  it('an output naming the log it reads', () => {
    const msg = refused('overwrite.json', saved([{ format: 'csv', file: 'april-outages.csv' }]));
    expect(msg).toBe(`sla: ${log}: is ${log}, which this report reads; name another file to write\n`);
  });

  it('an output into a folder that does not exist', () => {
    const msg = refused('nofolder.json', saved([{ format: 'md', file: 'missing/sla.md' }]));
    expect(msg).toBe(
      `sla: outputs[0].file ${join(dir, 'missing/sla.md')}: the folder ${join(dir, 'missing')} does not exist\n`,
    );
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('a missing report file is bad input, a missing argument bad usage', () => {
    const r = runCli(['run', join(dir, 'nope.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.json');
    expect(runCli(['run']).status).toBe(2);
  });
});
