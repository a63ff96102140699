import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../core/import';
import { DEFAULT_SETTINGS } from '../../core/model/settings';
import { recordsFromTable } from '../../core/model/record-table';

const settings = DEFAULT_SETTINGS.import;
const LOG =
  'start,end,service\n2024-01-01T00:00:00Z,2024-01-01T01:00:00Z,api\n2024-01-02T00:00:00Z,2024-01-02T00:30:00Z,web\n';

function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('chunk boundaries a stream may produce (issue 6)', () => {
  it('a gzip log arriving one byte at a time is still gzip (the magic bytes span two chunks)', async () => {
    const gz = gzipSync(Buffer.from(LOG));
    const whole = await importBytes([gz], { fileName: 'log.csv.gz', settings });
    const trickle = await importBytes(pieces(gz, 1), { fileName: 'log.csv.gz', settings });
    expect(recordsFromTable(trickle.records)).toEqual(recordsFromTable(whole.records));
    expect(trickle.source.format).toBe(whole.source.format);
  });

  it('a UTF-8 BOM split across chunks is still a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LOG)]);
    const r = await importBytes(pieces(bytes, 1), { fileName: 'log.csv', settings });
    expect(r.source.records).toBe(2);
    expect(r.columns[0]).toBe('start');
  });
});

describe('rows that yield no record are counted as skipped (SPEC 7 source.skipped)', () => {
  it('NDJSON: a line that is not JSON, or not an object, is a skipped row', async () => {
    const text = [
      '{"start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z"}',
      '{not json', // line 2
      '42', // line 3
      '"x"', // line 4
      '{"note":"a"}', // line 5: an object without a start
    ].join('\n');
    const r = await importBytes([Buffer.from(text)], { fileName: 'log.ndjson', settings });
    expect(r.source.records).toBe(1);
    // the problems; the assumptions every import names (SPEC 3: here no severity column) begin "assumed: "
    const problems = r.diagnostics.filter((d) => !d.message.startsWith('assumed: '));
    expect(new Set(problems.map((d) => d.line))).toEqual(new Set([2, 3, 4, 5]));
    expect(r.source.skipped).toBe(4);
  });

  it('JSON array: elements that are not objects are skipped rows too', async () => {
    const text = '[\n{"start":"2024-01-01T00:00:00Z","end":"2024-01-01T01:00:00Z"},\n42,\n"x",\n{"note":"a"},\n[1]\n]';
    const r = await importBytes([Buffer.from(text)], { fileName: 'log.json', settings });
    expect(r.source.records).toBe(1);
    expect(r.source.skipped).toBe(4);
  });
});
