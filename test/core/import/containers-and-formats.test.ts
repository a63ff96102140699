import { EventEmitter } from 'node:events';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drainedOrClosed } from '@core/import/source/gunzip-chunks';
import { recordsFromTable } from '@core/model/record-table';
import { assumptionsOf, at, importText, problemsOf, recordsOf } from './import-helpers';

const T0 = '2024-01-01T00:00:00Z';
const T1 = '2024-01-01T01:00:00Z';
const row = { start: T0, end: T1, service: 'api', severity: 'minor' };

describe('JSON containers', () => {
  it('reads a JSON array of records', async () => {
    const r = await importText(JSON.stringify([row, { ...row, service: 'web' }], null, 2), 'log.json');
    expect(r.source.format).toBe('json');
    expect(r.records.services).toEqual(['api', 'web']);
    // pretty-printed: the second record starts on line 8
    expect([...r.records.line!]).toEqual([2, 8]);
  });

  it('reads the one array an object holds, under any key', async () => {
    for (const key of ['incidents', 'outages', 'events', 'data']) {
      const r = await importText(JSON.stringify({ meta: { note: 'x', tags: ['a'] }, [key]: [row] }), 'log.json');
      expect(r.records.count).toBe(1);
    }
  });

  it('flattens nested objects into dotted columns', async () => {
    const r = await importText(JSON.stringify([{ window: { start: T0, end: T1 }, svc: { service: 'api' } }]), 'x.json');
    expect(r.columns).toEqual(['window.start', 'window.end', 'svc.service']);
    expect(r.mapping).toMatchObject({ start: 'window.start', end: 'window.end', service: 'svc.service' });
  });

  it('reads NDJSON / JSON Lines, with or without the file extension saying so', async () => {
    const text = `${JSON.stringify(row)}\n\n${JSON.stringify({ ...row, service: 'web' })}\n{bad json\n`;
    for (const name of ['log.ndjson', 'log.jsonl', 'log.txt']) {
      const r = await importText(text, name);
      expect(r.source.format).toBe('ndjson');
      expect(r.records.services).toEqual(['api', 'web']);
      expect([...r.records.line!]).toEqual([1, 3]);
      expect(r.diagnostics).toEqual([{ line: 4, message: expect.stringMatching(/^not valid JSON/) }]);
    }
  });

  it('reads gzip-compressed logs exactly as the plain ones', async () => {
    const csv = `start,end,service,title\n${T0},${T1},api,"a, ""b"""\n${T0},,web,x\n`;
    const json = JSON.stringify({ incidents: [row] });
    for (const [text, name] of [
      [csv, 'log.csv'],
      [json, 'log.json'],
      [`${JSON.stringify(row)}\n${JSON.stringify(row)}\n`, 'log.ndjson'],
    ] as const) {
      const plain = await importText(text, name);
      const gz = await importText(gzipSync(text), `${name}.gz`, {}, 7);
      expect(gz.records).toEqual(plain.records);
      expect(gz.source.format).toBe(`${plain.source.format.split(' ')[0]}.gz`);
      expect(gz.source.sha256).not.toBe(plain.source.sha256);
    }
  });
});

describe('named formats', () => {
  it('Statuspage incidents.json: one record per component, none = platform-wide, created_at fallback', async () => {
    const incidents = {
      page: { id: 'p1', name: 'Example', url: 'https://status.example.com' },
      incidents: [
        {
          id: 'a1',
          name: 'API errors',
          status: 'resolved',
          created_at: '2024-01-01T00:00:00.000-05:00',
          started_at: '2024-01-01T00:05:00.000-05:00',
          resolved_at: '2024-01-01T01:00:00.000-05:00',
          impact: 'major',
          incident_updates: [{ id: 'u1', status: 'resolved', body: 'Fixed' }],
          components: [
            { id: 'c1', name: 'API' },
            { id: 'c2', name: 'Webhooks' },
          ],
        },
        {
          id: 'a2',
          name: 'Everything slow',
          created_at: T0,
          started_at: null,
          resolved_at: null,
          impact: 'minor',
          components: [],
        },
        {
          id: 'a3',
          name: 'Git',
          created_at: T0,
          started_at: T0,
          resolved_at: T1,
          impact: 'critical',
          components: ['Git Operations'],
        },
      ],
    };
    const r = await importText(JSON.stringify(incidents, null, 1), 'incidents.json');
    expect(r.source.format).toBe('json statuspage');
    expect(r.mapping).toMatchObject({
      start: 'started_at',
      end: 'resolved_at',
      severity: 'impact',
      service: 'components',
      title: 'name',
    });
    const recs = recordsFromTable(r.records);
    expect(recs.map((x) => [x.service, x.severity, x.title, x.id, x.open])).toEqual([
      ['API', 'major', 'API errors', 'a1', false],
      ['Webhooks', 'major', 'API errors', 'a1', false],
      // no started_at: created_at; no resolved_at: open; no components: platform-wide
      [null, 'partial', 'Everything slow', 'a2', true],
      ['Git Operations', 'major', 'Git', 'a3', false],
    ]);
    expect(recs[0]!.start).toBe(at('2024-01-01T05:05:00Z'));
    expect(recs[2]!.start).toBe(at(T0));
  });

  it('UptimeRobot log export: Down events become records of their duration, Up events are no outage', async () => {
    const text = [
      'Event,Monitor,Date-Time,Reason,Duration (in mins.)',
      'Down,example.com,2024-01-01 10:00:00,Connection Timeout,15',
      'Up,example.com,2024-01-01 10:15:00,OK,600',
      'Paused,api.example.com,2024-01-02 00:00:00,,30',
    ].join('\r\n');
    const r = await importText(text, 'uptimerobot.csv');
    expect(r.source.format).toBe('csv uptimerobot');
    expect(recordsFromTable(r.records).map((x) => [x.service, x.severity, x.start, x.end, x.title])).toEqual([
      ['example.com', 'major', at('2024-01-01T10:00:00Z'), at('2024-01-01T10:15:00Z'), 'Connection Timeout'],
      ['api.example.com', 'maintenance', at('2024-01-02T00:00:00Z'), at('2024-01-02T00:30:00Z'), undefined],
    ]);
    expect(r.source.skipped).toBe(0);
  });

  it('Uptime Kuma heartbeats: 0 down, 1 up, 2 pending = down, 3 maintenance', async () => {
    const beats = [
      ['1', '2024-01-01 00:00:00.000', '1'],
      ['1', '2024-01-01 00:01:00.000', '0'],
      ['1', '2024-01-01 00:02:00.000', '2'],
      ['1', '2024-01-01 00:03:00.000', '3'],
      ['1', '2024-01-01 00:04:00.000', '1'],
    ];
    const text = `id,monitor_id,status,msg,time,ping,duration\n${beats.map(([m, t, s], i) => `${i},${m},${s},,${t},12,60`).join('\n')}\n`;
    const r = await importText(text, 'heartbeat.csv');
    expect(r.source.format).toBe('csv uptime-kuma');
    expect(r.source.shape).toBe('status');
    expect(
      recordsFromTable(r.records).map((x) => [
        x.service,
        x.severity,
        (x.start - at(T0)) / 60_000,
        (x.end - at(T0)) / 60_000,
      ]),
    ).toEqual([
      ['1', 'major', 1, 3],
      ['1', 'maintenance', 3, 4],
    ]);
    // Kuma writes its times without an offset: read in the input time zone, and said so (SPEC 3); and how the
    // log was read (SPEC 2: 1 of its 4 row pairs repeats a status, so rows mark changes)
    expect(problemsOf(r)).toEqual([]);
    expect(assumptionsOf(r).map((m) => m.slice(0, 30))).toEqual([
      'timestamps without a UTC offse',
      'read as an event log (25 % of ',
    ]);
  });

  it('Upptime-style events: timestamp, site or slug, status', async () => {
    const text = `timestamp,slug,status\n${T0},api,up\n2024-01-01T00:05:00Z,api,down\n2024-01-01T00:10:00Z,api,up\n`;
    const r = await importText(text, 'events.csv');
    expect(r.source.format).toBe('csv upptime');
    expect(recordsFromTable(r.records).map((x) => [x.service, (x.end - x.start) / 60_000])).toEqual([['api', 5]]);
  });

  it('JSON records with an array of component names in a plain interval log', async () => {
    const recs = await recordsOf(
      JSON.stringify([
        { start: T0, end: T1, components: ['a', 'b'] },
        { start: T0, end: T1, components: [] },
      ]),
      'x.json',
    );
    expect(recs.map((r) => r.service)).toEqual(['a', 'b', null]);
  });
});

describe('gzip back-pressure', () => {
  it('waits for the inflater to drain or close and leaves no listener behind, however often it waits', async () => {
    // racing two `once` promises left the loser's listeners at every wait: a large gzip log's import warned of
    // a leak (MaxListenersExceededWarning) after ten waits
    const z = new EventEmitter();
    for (let i = 0; i < 20; i++) {
      const waited = drainedOrClosed(z);
      z.emit(i % 5 === 4 ? 'close' : 'drain');
      await waited;
    }
    expect([z.listenerCount('drain'), z.listenerCount('close')]).toEqual([0, 0]);
    // and it does wait: nothing has drained yet
    let settled = false;
    void drainedOrClosed(z).then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    z.emit('drain');
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(true);
  });
});
