import { SEMICOLON, TAB, hasUtf16Bom, hasUtf8Bom, isSpace, looksBinary } from '../source/bytes';
import { namedAsJsonLines } from '../source/file-stem';
import { CsvReader, type CsvMode } from './csv-reader';
import { JsonArrayReader, JsonLinesReader, looksLikeJsonLines } from './json-reader';
import { JsonRows } from './json-rows';
import { cellStrings, type RowCells } from './row-cells';
import { upptimeSummaryDays } from '../shape/upptime-summary';

export type Container = 'csv' | 'json' | 'ndjson';

/** What the readers of a container tell the importer. */
export interface ContainerEvents {
  /** the columns are known; returns the service column (JSON's per-component rows name it) */
  header(columns: string[]): number;
  row(cells: RowCells, line: number): void;
  /** a row that yields no record */
  problem(line: number, message: string): void;
  /** the log is Upptime's summary.json, read as one record per day with downtime (line: where it was seen) */
  upptimeSummary(line: number): void;
}

/** The readers of one log, by its container. */
export interface ContainerReaders {
  container: Container;
  /** the bytes go here */
  reader: { push(c: Uint8Array): void; end(): void; stopped: boolean };
  csv: CsvReader | null;
  /** JSON's records as rows of cells (null for CSV) */
  jsonRows: JsonRows | null;
  /** a JSON document's reader (null for CSV and NDJSON): it tells whether it found an array of records */
  jsonArray: JsonArrayReader | null;
}

/**
 * The readers for the container the head of a log shows: JSON (an array, an object holding one, or a record
 * a line) or CSV/TSV/semicolon. `fail` makes the error that ends the import, for what is no text log.
 */
export function openContainer(
  head: Uint8Array,
  opts: { fileName: string; csvMode?: CsvMode },
  events: ContainerEvents,
  fail: (problem: string) => Error,
): { readers: ContainerReaders; text: Uint8Array } {
  let bytes = head;
  if (hasUtf8Bom(bytes)) bytes = bytes.subarray(3);
  if (hasUtf16Bom(bytes)) throw fail('is UTF-16 text; save it as UTF-8 and import it again');
  if (looksBinary(bytes)) throw fail('is a binary file, not a text log (CSV, TSV, JSON or NDJSON)');
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first]!)) first++;
  if (first === bytes.length) throw fail('is empty');
  const b = bytes[first];
  const readers =
    b === 0x5b || b === 0x7b ? jsonReaders(bytes, first, opts.fileName, events) : csvReaders(opts, events, fail);
  return { readers, text: bytes };
}

/** The container as a format names it; a CSV by its delimiter (csv, tsv, semicolon). */
export function containerName(readers: ContainerReaders | null): string {
  const csv = readers?.csv;
  if (!csv) return readers?.container ?? 'csv';
  const d = csv.delimiter;
  return d === TAB ? 'tsv' : d === SEMICOLON ? 'semicolon' : 'csv';
}

function jsonReaders(bytes: Uint8Array, first: number, fileName: string, events: ContainerEvents): ContainerReaders {
  const lines = namedAsJsonLines(fileName) || (bytes[first] === 0x7b && looksLikeJsonLines(bytes, first));
  const rows = new JsonRows(
    (columns) => events.header(columns),
    (cells, line) => events.row(cells, line),
    events.problem,
  );
  const onRecord = (v: unknown, line: number): void => {
    const days = upptimeSummaryDays(v);
    if (days === null) return rows.record(v, line);
    events.upptimeSummary(line);
    for (const day of days) rows.record(day, line);
  };
  if (lines) {
    const reader = new JsonLinesReader(onRecord, events.problem);
    return { container: 'ndjson', reader, csv: null, jsonRows: rows, jsonArray: null };
  }
  const reader = new JsonArrayReader(onRecord, events.problem);
  return { container: 'json', reader, csv: null, jsonRows: rows, jsonArray: reader };
}

function csvReaders(
  opts: { csvMode?: CsvMode },
  events: ContainerEvents,
  fail: (problem: string) => Error,
): ContainerReaders {
  let headed = false;
  const csv = new CsvReader(
    (cells, line) => {
      if (headed) return events.row(cells, line);
      headed = true;
      events.header(cellStrings(cells));
    },
    events.problem,
    opts.csvMode ?? 'auto',
    fail,
  );
  return { container: 'csv', reader: csv, csv, jsonRows: null, jsonArray: null };
}
