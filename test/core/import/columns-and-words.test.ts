import { describe, expect, it } from 'vitest';
import { recordsFromTable } from '@core/model/record-table';
import { rateSchema } from '@core/model/setting-values';
import { assumptionsOf, at, importText, problemsOf, recordsOf } from './import-helpers';

const T0 = '2024-01-01T00:00:00Z';
const T1 = '2024-01-01T01:00:00Z';
const MIN = 60_000;

describe('column names (SPEC 2)', () => {
  it('reads site,start_utc,end_utc with no hand mapping and names the suffix matches', async () => {
    const r = await importText(`site,start_utc,end_utc\napi,${T0},${T1}\n`, 'outages.csv');
    expect(r.mapping).toEqual({ service: 'site', start: 'start_utc', end: 'end_utc' });
    expect(recordsFromTable(r.records)).toMatchObject([{ service: 'api', start: at(T0), end: at(T1) }]);
    expect(assumptionsOf(r)).toEqual([
      'column "start_utc" read as the start (matched by its suffix "_utc")',
      'column "end_utc" read as the end (matched by its suffix "_utc")',
      'no severity column: every record counted as a major outage',
    ]);
  });

  it('matches each instant suffix, whatever the case and punctuation', async () => {
    for (const [a, b] of [
      ['Start At', 'End-At'],
      ['start_time', 'end_ts'],
      ['BEGIN_TIMESTAMP', 'until_iso'],
      ['startedAt', 'resolvedAt'], // camelCase: started_at, resolved_at
    ]) {
      const r = await importText(`${a},${b}\n${T0},${T1}\n`);
      expect([r.source.shape, r.records.count], `${a},${b}`).toEqual(['interval', 1]);
    }
  });

  it("sets a duration's unit from its suffix (minutes without one)", async () => {
    // 90 in each unit: 90 s = 1.5 min, 90 ms = 0.0015 min, 90 h = 5400 min, 90 min = 90 min
    const cases: [string, number][] = [
      ['duration_s', 1.5],
      ['duration_seconds', 1.5],
      ['duration_in_seconds', 1.5],
      ['duration_ms', 0.0015],
      ['duration_h', 5400],
      ['duration_mins', 90],
      ['duration', 90],
    ];
    for (const [column, minutes] of cases) {
      const r = await importText(`start,${column}\n${T0},90\n`);
      const [rec] = recordsFromTable(r.records);
      expect((rec!.end - rec!.start) / MIN, column).toBeCloseTo(minutes, 9);
    }
    // a self-describing duration keeps its own unit: 1h 20m is 80 minutes in a seconds column too
    const words = await recordsOf(`start,duration_s\n${T0},1h 20m\n`);
    expect((words[0]!.end - words[0]!.start) / MIN).toBe(80);
    const named = await importText(`start,duration_s\n${T0},90\n`);
    expect(assumptionsOf(named)).toContain('column "duration_s" read as the duration (matched by its suffix "_s")');
    expect(assumptionsOf(named)).toContain('the numbers in column "duration_s" are read as seconds (its name says so)');
  });

  it('names an ambiguous choice and which column it used (the earlier synonym)', async () => {
    // start and from are both start synonyms; start comes first in SPEC 2's list
    const r = await importText(`from,start,end\n2024-01-01T00:30:00Z,${T0},${T1}\n`);
    expect(r.mapping.start).toBe('start');
    expect(recordsFromTable(r.records)[0]!.start).toBe(at(T0));
    expect(assumptionsOf(r)).toContain(
      'the start could be column "start" or "from": "start" was used; map another by hand if it is wrong',
    );
  });

  it('reads the new synonyms: services, impact_level, incident_impact_level, priority', async () => {
    const r = await importText(`services,start,end,priority\napi,${T0},${T1},P2\n`);
    expect(r.mapping).toMatchObject({ service: 'services', severity: 'priority' });
    for (const column of ['impact_level', 'incident_impact_level', 'Incident_Impact_Level']) {
      const x = await importText(`start,end,${column}\n${T0},${T1},1\n`);
      expect(x.mapping.severity).toBe(column);
      expect(recordsFromTable(x.records)[0]!.severity).toBe('partial');
    }
  });
});

describe('severities (SPEC 3)', () => {
  it("reads numeric levels on Statuspage's impact scale", async () => {
    const rows = ['0', '1', '2', '3', '4', '2.0'].map((l) => `${T0},${T1},${l}`).join('\n');
    const r = await importText(`start,end,incident_impact_level\n${rows}\n`);
    // 0 none -> degraded, 1 minor -> partial, 2 major, 3 critical -> major, 4 maintenance; 2.0 (pandas) is 2
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual([
      'degraded',
      'partial',
      'major',
      'major',
      'maintenance',
      'major',
    ]);
    expect(problemsOf(r)).toEqual([]);
  });

  it('reads P1..P5 and SEV1..SEV5: 1-2 major, 3 partial, 4-5 degraded', async () => {
    const words = ['P1', 'p2', 'P3', 'P4', 'p5', 'SEV1', 'sev-2', 'Sev 3', 'sev_4', 'SEV5'];
    const r = await importText(`start,end,severity\n${words.map((w) => `${T0},${T1},${w}`).join('\n')}\n`);
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual([
      ...['major', 'major', 'partial', 'degraded', 'degraded'],
      ...['major', 'major', 'partial', 'degraded', 'degraded'],
    ]);
    expect(problemsOf(r)).toEqual([]);
  });

  it('counts a level off the scale as major, named once on its first line', async () => {
    const r = await importText(`start,end,impact_level\n${T0},${T1},7\n${T0},${T1},7\n${T0},${T1},P6\n`);
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual(['major', 'major', 'major']);
    expect(problemsOf(r).map((d) => [d.line, d.message.slice(0, 18)])).toEqual([
      [2, 'unknown word "7" ('],
      [4, 'unknown word "P6" '],
    ]);
  });

  it('says once that a log with no severity column counts every record as major', async () => {
    const r = await importText(`start,end,service\n${T0},${T1},api\n${T0},${T1},web\n`);
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual(['major', 'major']);
    expect(r.diagnostics).toEqual([
      { line: 0, message: 'assumed: no severity column: every record counted as a major outage' },
    ]);
  });

  it('counts an empty severity as major and says so once, on its first line', async () => {
    const r = await importText(`start,end,severity,service\n${T0},${T1},minor,a\n${T0},${T1},,a\n${T0},${T1},,a\n`);
    expect(recordsFromTable(r.records).map((x) => x.severity)).toEqual(['partial', 'major', 'major']);
    expect(r.diagnostics).toEqual([
      { line: 3, message: 'assumed: a record with an empty severity counts as a major outage' },
    ]);
  });
});

describe('service lists in one cell (SPEC 1)', () => {
  it('gives one record per listed service: commas, semicolons, bars and JSON arrays', async () => {
    const text = [
      'start,end,service,title',
      `${T0},${T1},"API, Playground",both`,
      `${T0},${T1},a;b,semi`,
      `${T0},${T1},a|c,bar`,
      `${T0},${T1},"[""x"",""y""]",json`,
      `${T0},${T1},"a, a",repeat`,
      `${T0},${T1},*,all`,
    ].join('\n');
    const r = await importText(text);
    expect(recordsFromTable(r.records).map((x) => [x.service, x.title, x.line])).toEqual([
      ['API', 'both', 2],
      ['Playground', 'both', 2],
      ['a', 'semi', 3],
      ['b', 'semi', 3],
      ['a', 'bar', 4],
      ['c', 'bar', 4],
      ['x', 'json', 5],
      ['y', 'json', 5],
      // a name listed twice is one service
      ['a', 'repeat', 6],
      // `*`: platform-wide (no service)
      [null, 'all', 7],
    ]);
    expect(r.records.services).toEqual(['API', 'Playground', 'a', 'b', 'c', 'x', 'y']);
    expect(assumptionsOf(r)).toContain('a record with no service (empty or *) applies to every service');
  });

  it('reads the same list cell alike on every row, cached or not', async () => {
    // 3000 rows over many chunks: 1500 listing two services and 1500 naming one = 4500 records
    const rows = Array.from({ length: 3000 }, (_, i) => `${T0},${T1},${i % 2 ? 'a|b' : 'c'}`);
    const r = await importText(`start,end,service\n${rows.join('\n')}\n`, 'x.csv', {}, 4096);
    const count = new Map<string, number>();
    for (const x of recordsFromTable(r.records)) count.set(x.service!, (count.get(x.service!) ?? 0) + 1);
    expect(Object.fromEntries(count)).toEqual({ c: 1500, a: 1500, b: 1500 });
  });

  it('gives each listed service of a status log its own stream', async () => {
    // "api|web" is down from 00:01 to 00:03 (the next row of each stream is up at 00:03)
    const text = [
      'timestamp,service,status',
      '2024-01-01T00:00:00Z,api|web,up',
      '2024-01-01T00:01:00Z,api|web,down',
      '2024-01-01T00:03:00Z,api,up',
      '2024-01-01T00:03:00Z,web,up',
    ].join('\n');
    const r = await importText(text);
    expect(r.source.shape).toBe('status');
    const base = at(T0);
    expect(recordsFromTable(r.records).map((x) => [x.service, (x.start - base) / MIN, (x.end - base) / MIN])).toEqual([
      ['api', 1, 3],
      ['web', 1, 3],
    ]);
    // each service counts its own samples: 3 each (the listing rows count for both)
    const all = (s: string) => r.samples!.streams.find((x) => x.service === s)!.all.reduce((a, b) => a + b, 0);
    expect([all('api'), all('web')]).toEqual([3, 3]);
  });
});

describe('hostile corners of issue 19 (items 7-9)', () => {
  it('item 7: a row with an empty end uses its duration instead of staying open', async () => {
    // 60 + 30 + 10 minutes; the last row eight days later used to end the two open rows there
    const text = [
      'start,end,duration_minutes,service',
      '2024-01-01T10:00:00Z,2024-01-01T11:00:00Z,60,api',
      '2024-01-02T10:00:00Z,,30,api',
      '2024-01-03T10:00:00Z,,10,api',
      '2024-01-09T10:00:00Z,2024-01-09T10:00:00Z,0,api',
    ].join('\n');
    const recs = await recordsOf(text);
    expect(recs.map((x) => [(x.end - x.start) / MIN, x.open])).toEqual([
      [60, false],
      [30, false],
      [10, false],
      [0, false],
    ]);
  });

  it('item 8: latin1 names stay apart (café, cafè, cafê) and the decoding is named', async () => {
    const head = new TextEncoder().encode(`start,end,service\n`);
    const row = (byte: number) => [
      ...new TextEncoder().encode(`${T0},${T1},caf`),
      byte,
      ...new TextEncoder().encode('\n'),
    ];
    // é è ê in Windows-1252 (and latin1): E9, E8, EA; two rows of café
    const bytes = new Uint8Array([...head, ...row(0xe9), ...row(0xe8), ...row(0xea), ...row(0xe9)]);
    const r = await importText(bytes);
    expect(r.records.services).toEqual(['café', 'cafè', 'cafê']);
    expect(recordsFromTable(r.records).map((x) => x.service)).toEqual(['café', 'cafè', 'cafê', 'café']);
    expect(r.diagnostics).toContainEqual({
      line: 2,
      message:
        'assumed: names that are not UTF-8 (the first a service) are read as Windows-1252 (latin1); save the log as UTF-8 if they show wrong',
    });
  });

  it('item 8: the same name in UTF-8 and in latin1 is one service', async () => {
    const utf8 = new TextEncoder().encode(`start,end,service\n${T0},${T1},café\n`);
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${T0},${T1},caf`), 0xe9, 0x0a]);
    const r = await importText(new Uint8Array([...utf8, ...latin1]));
    expect(r.records.services).toEqual(['café']);
    expect(r.records.count).toBe(2);
  });

  it('item 9: ten digits that form a date and hour are YYYYMMDDHH, not epoch seconds, and named', async () => {
    // 2024011000 as epoch seconds would be 2034-02-20; read as a date it is 2024-01-10 00:00 (UTC, the
    // input time zone); 1704067200 is no date (month 40) and stays epoch seconds: 2024-01-01T00:00:00Z
    const r = await importText(`start,end\n2024011000,2024011002\n1704067200,1704070800\n`);
    expect(recordsFromTable(r.records).map((x) => [x.start, x.end])).toEqual([
      [at('2024-01-10T00:00:00Z'), at('2024-01-10T02:00:00Z')],
      [at(T0), at(T1)],
    ]);
    expect(assumptionsOf(r)).toContain(
      '10-digit timestamps that form a date and hour (YYYYMMDDHH, such as 2024011000) are read as that hour in UTC, not as epoch seconds',
    );
    // both kinds in one log: said, so the user can set a date format
    expect(problemsOf(r).map((d) => [d.line, d.message.slice(0, 35)])).toEqual([
      [3, '10-digit timestamps of two kinds: s'],
    ]);
    // in another input time zone the compact hour is that zone's: 2024-01-10 00:00 in Berlin is 23:00 UTC
    const berlin = await recordsOf(`start,end\n2024011000,2024011002\n`, 'x.csv', { inputTimeZone: 'Europe/Berlin' });
    expect(berlin[0]!.start).toBe(at('2024-01-09T23:00:00Z'));
  });

  it('item 9: affected 0x1 (and other non-decimal numbers) is no share', async () => {
    const text = `start,end,affected\n${T0},${T1},0x1\n${T0},${T1},0b1\n${T0},${T1},Infinity\n${T0},${T1},5e-1\n`;
    const r = await importText(text);
    // Number() reads 0x1 and 0b1 as 1 (100 %); only 5e-1 is a decimal share (0.5)
    expect(recordsFromTable(r.records).map((x) => x.affected)).toEqual([undefined, undefined, undefined, 0.5]);
    expect(problemsOf(r).map((d) => d.line)).toEqual([2, 3, 4]);
    expect(problemsOf(r)[0]!.message).toBe('affected "0x1" is not a share in (0, 1] or a percentage; ignored');
  });
});

describe('impact rates (issue 19 item 9)', () => {
  it('refuses a rate whose products would overflow, with a message, and keeps a large finite one', () => {
    const big = rateSchema.safeParse({ name: 'revenue', perMinute: 1e308 });
    expect(big.success).toBe(false);
    expect(big.error!.issues[0]!.message).toBe(
      'an impact rate is at most 1e15 per minute (a larger one overflows the totals)',
    );
    // 1e15 a minute over a 31-day month of full outage: 1e15 x 44,640 = 4.464e19, a number, not a blank
    const max = rateSchema.parse({ name: 'revenue', perMinute: 1e15 });
    expect(max.perMinute * 44_640).toBe(4.464e19);
  });
});

describe('time zone assumption (SPEC 3)', () => {
  it('names the input time zone once when timestamps have no offset, and not when every one has', async () => {
    const local = await importText(`start,end\n2024-01-01 10:00,2024-01-01 11:00\n`, 'x.csv', {
      inputTimeZone: 'America/New_York',
    });
    expect(assumptionsOf(local)).toContain(
      "timestamps without a UTC offset are read in the input time zone, America/New_York; set it if they are another zone's local times",
    );
    // 10:00 EST is 15:00 UTC
    expect(recordsFromTable(local.records)[0]!.start).toBe(at('2024-01-01T15:00:00Z'));
    const offsets = await importText(`start,end\n${T0},${T1}\n`);
    expect(assumptionsOf(offsets).some((a) => a.startsWith('timestamps without'))).toBe(false);
  });
});
