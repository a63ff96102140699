import { describe, expect, it } from 'vitest';
import { at, importText, problemsOf, recordsOf } from './import-helpers';

const HEADER = 'start,end,service,severity';

describe('CSV containers', () => {
  it('reads comma, tab and semicolon logs alike (the delimiter is sniffed from the header)', async () => {
    const rows = [
      ['start', 'end', 'service'],
      ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', 'api'],
    ];
    for (const [sep, format] of [
      [',', 'csv'],
      ['\t', 'tsv'],
      [';', 'semicolon'],
    ] as const) {
      const r = await importText(rows.map((r) => r.join(sep)).join('\n'), 'log.txt');
      expect(r.source.format).toBe(format);
      expect(r.records.count).toBe(1);
      expect(r.records.services).toEqual(['api']);
    }
  });

  it('ignores a UTF-8 byte-order mark and reads CRLF line ends', async () => {
    const text = `\uFEFF${HEADER}\r\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,api,minor\r\n`;
    const [r] = await recordsOf(text);
    expect(r).toMatchObject({ service: 'api', severity: 'partial', line: 2, end: at('2024-01-01T01:00:00Z') });
  });

  it('reads RFC 4180 quoted fields with delimiters, doubled quotes and newlines', async () => {
    const text = [
      'start,end,service,title',
      '2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,"api, eu","He said ""down"""',
      '2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,web,"first line',
      'second line"',
      '2024-01-03T00:00:00Z,2024-01-03T01:00:00Z,web,plain',
    ].join('\n');
    const recs = await recordsOf(text);
    expect(recs.map((r) => [r.service, r.title, r.line])).toEqual([
      // the quoted comma stays in the cell, which then lists two services: one record each (SPEC 1)
      ['api', 'He said "down"', 2],
      ['eu', 'He said "down"', 2],
      ['web', 'first line\nsecond line', 3],
      // the quoted newline makes the next row start on line 5
      ['web', 'plain', 5],
    ]);
  });

  it('names the first line of a multi-line row in its diagnostic', async () => {
    const text = [
      'start,end,service,title',
      'not a time,2024-01-01T01:00:00Z,api,"a',
      'b',
      'c"',
      '2024-01-03T00:00:00Z,2024-01-03T01:00:00Z,web,plain',
      'also bad,2024-01-03T01:00:00Z,web,x',
    ].join('\r\n');
    const r = await importText(text);
    expect(problemsOf(r).map((d) => d.line)).toEqual([2, 6]);
    expect(problemsOf(r)[0]!.message).toMatch(/start "not a time" is not a timestamp/);
    expect(r.source.skipped).toBe(2);
  });

  it('skips blank lines but counts them for line numbers, and reads a last row without a newline', async () => {
    const text = `${HEADER}\n\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,api,major\r\n\r\n2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,api,major`;
    expect((await recordsOf(text)).map((r) => r.line)).toEqual([3, 5]);
  });

  it('reads a short row as if its missing cells were empty', async () => {
    const [r] = await recordsOf(`${HEADER}\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z`);
    // no service cell: platform-wide; no severity cell: major
    expect(r).toMatchObject({ service: null, severity: 'major' });
  });

  it('gives the same records whatever the chunk size (boundaries inside fields, CRLF and multi-byte text)', async () => {
    const text = `\uFEFF${HEADER},title\r\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,zürich-☁️,minor,"naïve, ""quoted""\r\nline"\r\n2024-01-02T00:00:00Z,2024-01-02T01:00:00Z,東京,major,ok\r\n`;
    const whole = await importText(text, 'x.csv', {}, 1 << 20);
    for (const size of [1, 2, 3, 5, 7]) {
      const r = await importText(text, 'x.csv', {}, size);
      expect(r.records).toEqual(whole.records);
    }
    expect(whole.records.services).toEqual(['zürich-☁️', '東京']);
  });

  it('reports a quoted field that is never closed', async () => {
    const r = await importText(
      `${HEADER}\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,api,major\n2024-01-02T00:00:00Z,"x,y`,
    );
    expect(r.records.count).toBe(1);
    expect(r.diagnostics).toEqual([{ line: 3, message: expect.stringMatching(/never closed/) }]);
  });
});
