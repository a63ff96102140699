import { describe, expect, it } from 'vitest';
import { TextColumnBuilder } from '@core/import/records/text-column-builder';
import { recordsFromTable, tableFromRecords } from '@core/model/record-table';
import type { OutageRecord } from '@core/model/records';
import { textAt, textColumnOf, textsOf, type TextColumn } from '@core/model/text-column';
import { decodeFromJson, encodeForJson } from '../../../electron/shared/import-result-codec';
import { importCut, importText } from './import-helpers';

/**
 * Ids and titles are kept as one UTF-8 byte column with offsets (core/model/text-column.ts), not as strings:
 * what goes in must come out, for every record, through the importer, the model's helpers and both ways the
 * app moves an ImportResult (structured clone for IPC and worker messages, the JSON codec for the e2e
 * harness).
 */

const TEXTS = ['INC-1', undefined, 'é', '東京-42', 'emoji 🚀', 'x'.repeat(40), 'ünï'.repeat(20), 'a,b "c"'];

describe('text column', () => {
  it('round-trips texts, none and empty being one state', () => {
    const col = textColumnOf(TEXTS);
    expect(col.ends.length).toBe(TEXTS.length);
    expect(textsOf(col)).toEqual(TEXTS);
    // SPEC 2 reads an empty cell as absent: '' has no other form to take
    expect(textsOf(textColumnOf(['', 'a', '']))).toEqual([undefined, 'a', undefined]);
    expect(textsOf(textColumnOf([]))).toEqual([]);
    expect(textAt(col, TEXTS.length)).toBeUndefined();
  });

  it('the builder equals textColumnOf for any growth, with and without an estimate', () => {
    const texts = Array.from({ length: 5_000 }, (_, i) => TEXTS[i % TEXTS.length]);
    const encoded = texts.map((t) => new TextEncoder().encode(t ?? ''));
    for (const estimate of [undefined, 10, 5_000, 50_000]) {
      const b = new TextColumnBuilder();
      encoded.forEach((bytes, i) => {
        if (i === 100 && estimate !== undefined) b.reserve(estimate);
        // padded, so the builder must copy only [start, end)
        const padded = new Uint8Array(bytes.length + 4);
        padded.set(bytes, 2);
        if (bytes.length === 0) b.pushNone();
        else b.push(padded, 2, 2 + bytes.length);
      });
      const col = b.finish();
      expect(col.ends.length).toBe(texts.length);
      expect(textsOf(col)).toEqual(texts);
    }
  });

  it('imports multi-byte, quoted, empty, blank and missing ids and titles, at any chunking', async () => {
    const rows = [
      'id,start,end,title',
      'INC-1,2025-01-01T00:00:00Z,2025-01-01T01:00:00Z,plain',
      '東京-7,2025-01-01T00:00:00Z,2025-01-01T01:00:00Z,"quoted, with ""quotes"""',
      ',2025-01-01T00:00:00Z,2025-01-01T01:00:00Z,',
      '   ,2025-01-01T00:00:00Z,2025-01-01T01:00:00Z,  🚀 padded  ',
      '"é",2025-01-01T00:00:00Z,2025-01-01T01:00:00Z',
      'bad,not a time,2025-01-01T01:00:00Z,rejected rows leave no entry',
      'last,2025-01-01T00:00:00Z,2025-01-01T01:00:00Z,end',
    ];
    const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
    const ids = ['INC-1', '東京-7', undefined, undefined, 'é', 'last'];
    const titles = ['plain', 'quoted, with "quotes"', undefined, '🚀 padded', undefined, 'end'];
    const whole = await importText(bytes);
    expect(textsOf(whole.records.ids!)).toEqual(ids);
    expect(textsOf(whole.records.titles!)).toEqual(titles);
    // a chunk boundary inside every cell, multi-byte characters included
    for (const mode of ['auto', 'rfc4180'] as const) {
      const cut = importCut(
        bytes,
        Array.from({ length: bytes.length }, (_, i) => i),
        mode,
      );
      if (typeof cut === 'string') throw new Error(cut);
      expect(textsOf(cut.records.ids!)).toEqual(ids);
      expect(textsOf(cut.records.titles!)).toEqual(titles);
    }
  });

  it('has no column when the log has no id or title column', async () => {
    const r = await importText('start,end\n2025-01-01T00:00:00Z,2025-01-01T01:00:00Z\n');
    expect(r.records.ids).toBeUndefined();
    expect(r.records.titles).toBeUndefined();
    expect(tableFromRecords([{ start: 0, end: 1, service: null, severity: 'major', open: false, line: 0 }]).ids).toBe(
      undefined,
    );
  });

  it('survives a structured clone (worker and IPC messages) and the JSON codec', () => {
    const records: OutageRecord[] = TEXTS.map((t, i) => ({
      start: i,
      end: i + 1,
      service: 'api',
      severity: 'major',
      open: false,
      line: i + 2,
      ...(t === undefined ? {} : { id: t, title: `${t}!` }),
    }));
    const table = tableFromRecords(records);
    const cloned = structuredClone(table);
    const viaJson = decodeFromJson(JSON.parse(JSON.stringify(encodeForJson(table)))) as typeof table;
    for (const t of [cloned, viaJson]) {
      expect(t.ids!.ends).toBeInstanceOf(Uint32Array);
      expect(recordsFromTable(t)).toEqual(records);
    }
    // a view on a larger buffer (what the importer hands over when little room is spare) clones the same
    const col: TextColumn = { utf8: table.ids!.utf8, ends: table.ids!.ends.subarray(0, 3) };
    expect(textsOf(structuredClone(col))).toEqual(TEXTS.slice(0, 3));
  });
});
