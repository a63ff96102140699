import { describe, expect, it } from 'vitest';
import { recordsFromTable, tableFromRecords } from '@core/model/record-table';
import { textsOf } from '@core/model/text-column';
import { decodeFromJson, encodeForJson } from '../../electron/shared/import-result-codec';

describe('import result JSON codec', () => {
  it('round-trips a record table with NaN, undefined titles and typed arrays through JSON', () => {
    const table = tableFromRecords([
      { start: 0, end: 60_000, service: 'api', severity: 'major', open: false, line: 2, title: 'down' },
      { start: 1, end: 2, service: null, severity: 'partial', affected: 0.25, open: true, line: 3 },
    ]);
    const value = { ok: true, value: { result: { records: table, latestInstant: Infinity } } };
    const back = decodeFromJson(JSON.parse(JSON.stringify(encodeForJson(value)))) as typeof value;
    const t = back.value.result.records;
    expect(t.instants.start).toBeInstanceOf(Int32Array);
    expect(t.kinds.severity).toBeInstanceOf(Uint8Array);
    // an absent share (NaN) that came back as null would read as a share
    expect(recordsFromTable(t)).toEqual(recordsFromTable(table));
    expect(recordsFromTable(t).map((r) => [r.end, r.affected])).toEqual([
      [60_000, undefined],
      [2, 0.25],
    ]);
    expect(t.titles!.utf8).toBeInstanceOf(Uint8Array);
    expect(textsOf(t.titles!)).toEqual(['down', undefined]);
    expect(t.services).toEqual(['api']);
    expect(back.value.result.latestInstant).toBe(Infinity);
  });
});
