import { describe, expect, it } from 'vitest';
import { tableFromRecords } from '@core/model/record-table';
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
    expect(t.start).toBeInstanceOf(Float64Array);
    expect(t.severity).toBeInstanceOf(Uint8Array);
    expect(Array.from(t.end)).toEqual([60_000, 2]);
    expect(Number.isNaN(t.affected[0])).toBe(true);
    expect(t.affected[1]).toBe(0.25);
    expect(t.titles!.utf8).toBeInstanceOf(Uint8Array);
    expect(textsOf(t.titles!)).toEqual(['down', undefined]);
    expect(t.services).toEqual(['api']);
    expect(back.value.result.latestInstant).toBe(Infinity);
  });
});
