import { describe, expect, it } from 'vitest';
import { recordsFromTable } from '@core/model/record-table';
import { at, importText } from './import-helpers';

const minute = (m: number): string => new Date(at('2024-01-01T00:00:00Z') + m * 60_000).toISOString();
const log = (rows: [number, string, string][], header = 'timestamp,service,status'): string =>
  `${header}\n${rows.map(([m, svc, st]) => `${minute(m)},${svc},${st}`).join('\n')}\n`;

describe('status logs', () => {
  it('turns each run of non-up statuses into a record ending at the next different status', async () => {
    const r = await importText(
      log([
        [0, 'api', 'up'],
        [1, 'api', 'down'],
        [2, 'api', 'down'], // repeated status extends the run
        [3, 'api', 'degraded'], // a change of non-up severity ends one record and starts the next
        [5, 'api', 'up'],
        [6, 'api', 'up'],
      ]),
    );
    expect(r.source.shape).toBe('status');
    expect(recordsFromTable(r.records)).toEqual([
      { start: at(minute(1)), end: at(minute(3)), service: 'api', severity: 'major', open: false, line: 3 },
      { start: at(minute(3)), end: at(minute(5)), service: 'api', severity: 'degraded', open: false, line: 5 },
    ]);
  });

  it('leaves the last run open, ending at the latest instant of the whole log', async () => {
    const r = await importText(
      log([
        [0, 'api', 'up'],
        [1, 'api', 'down'],
        [2, 'web', 'up'],
        [9, 'web', 'up'],
      ]),
    );
    expect(recordsFromTable(r.records)).toEqual([
      { start: at(minute(1)), end: at(minute(9)), service: 'api', severity: 'major', open: true, line: 3 },
    ]);
    expect(r.latestInstant).toBe(at(minute(9)));
  });

  it('keeps one stream per service and region, interleaved rows and all', async () => {
    const text = `timestamp,service,region,status\n${[
      [0, 'api', 'eu', 'up'],
      [0, 'api', 'us', 'down'],
      [1, 'api', 'eu', 'down'],
      [1, 'api', 'us', 'up'],
      [2, 'api', 'eu', 'up'],
    ]
      .map(([m, s, g, st]) => `${minute(m as number)},${s},${g},${st}`)
      .join('\n')}\n`;
    const r = await importText(text);
    const recs = recordsFromTable(r.records).map((x) => [x.region, x.start, x.end]);
    expect(recs).toEqual(
      expect.arrayContaining([
        ['us', at(minute(0)), at(minute(1))],
        ['eu', at(minute(1)), at(minute(2))],
      ]),
    );
    expect(recs).toHaveLength(2);
    // the samples are counted per service: both regions' five rows, three of them up, in one 15-minute bucket
    expect(r.samples!.streams.map((s) => [s.service, s.all.join(), s.up.join()])).toEqual([['api', '5', '3']]);
  });

  it('sorts each stream by time before forming runs', async () => {
    const sorted = await importText(
      log([
        [0, 'api', 'up'],
        [1, 'api', 'down'],
        [2, 'api', 'down'],
        [3, 'api', 'up'],
        [10, 'api', 'down'],
        [11, 'api', 'up'],
      ]),
    );
    // the same samples with the two halves swapped (files concatenated in the wrong order)
    const swapped = await importText(
      log([
        [10, 'api', 'down'],
        [11, 'api', 'up'],
        [0, 'api', 'up'],
        [1, 'api', 'down'],
        [2, 'api', 'down'],
        [3, 'api', 'up'],
      ]),
    );
    const spans = (x: typeof sorted) => recordsFromTable(x.records).map((r) => [r.start, r.end, r.severity]);
    expect(spans(swapped)).toEqual(spans(sorted));
    expect(spans(sorted)).toEqual([
      [at(minute(1)), at(minute(3)), 'major'],
      [at(minute(10)), at(minute(11)), 'major'],
    ]);
  });

  it('counts up, all and maintenance samples per stream and 15-minute UTC bucket', async () => {
    const r = await importText(
      log([
        [0, 'api', 'up'],
        [5, 'api', 'down'],
        [14, 'api', 'maintenance'],
        [15, 'api', 'up'],
        [44, 'api', 'ok'],
      ]),
    );
    const s = r.samples!;
    expect(s.bucketMs).toBe(900_000);
    const [api] = s.streams;
    // minutes 0-14 in bucket 0 (up, down, maintenance), 15 in bucket 1, 44 in bucket 2; only buckets holding
    // samples are kept, each by its start
    expect([...api!.at]).toEqual([0, 15, 30].map((m) => at(minute(m))));
    expect([...api!.all]).toEqual([3, 1, 1]);
    expect([...api!.up]).toEqual([1, 1, 1]);
    expect([...api!.maintenance]).toEqual([1, 0, 0]);
  });

  it('reads HTTP codes (100-399 up, 0 and >= 400 major) and failure words', async () => {
    const r = await importText(
      log([
        [0, 'a', '200'],
        [1, 'a', '503'],
        [2, 'a', '301'],
        [3, 'a', '0'],
        [4, 'a', 'true'],
        [5, 'a', 'FAILED'],
        [6, 'a', 'success'],
        [7, 'a', 'error'],
        [8, 'a', 'false'],
        [9, 'a', 'OK'],
      ]),
    );
    expect(
      recordsFromTable(r.records).map((x) => [(x.start - at(minute(0))) / 60_000, (x.end - x.start) / 60_000]),
    ).toEqual([
      [1, 1],
      [3, 1],
      [5, 1],
      [7, 2],
    ]);
    // no row is a problem; the one note says how the log was read (SPEC 2: 1 of its 9 row pairs repeats a
    // status, so its rows mark changes)
    expect(r.diagnostics.map((d) => [d.line, d.message.slice(0, 29)])).toEqual([[0, 'assumed: read as an event log']]);
  });

  it('needs a timestamp and a status on every row', async () => {
    const r = await importText(log([[0, 'a', 'up']]) + `,a,down\n${minute(2)},a,\nlater,a,down\n`);
    // line 0: how the log was read (SPEC 2 observed time), after the rows' problems
    expect(r.diagnostics.filter((d) => d.line > 0).map((d) => [d.line, d.message.slice(0, 22)])).toEqual([
      [3, 'timestamp is empty'],
      [4, 'status is empty'],
      [5, 'timestamp "later" is n'],
    ]);
    expect(r.source.rows).toBe(4);
  });

  it('keeps a platform-wide stream for rows with an empty service', async () => {
    const r = await importText(
      log([
        [0, '', 'down'],
        [1, '', 'up'],
      ]),
    );
    expect(recordsFromTable(r.records)[0]!.service).toBeNull();
    expect(r.samples!.streams[0]!.service).toBeNull();
  });
});
