import { gzipSync } from 'node:zlib';
import type { DurationStyle, IntervalRow, LogSpec, Row, StatusRow, TimeStyle } from './log-spec';

export interface WrittenLog {
  fileName: string;
  bytes: Uint8Array;
  /** 1-based line of each junk row (delimited and NDJSON containers) */
  junkLines: number[];
  /** valid data rows */
  validRows: number;
  /** records those rows can make: a row whose service cell lists services counts once for each (SPEC 1) */
  validRecords: number;
  junkRows: number;
  /** the import must succeed: a valid row, and for JSON containers the first record valid */
  mustImport: boolean;
  /** lines in the text */
  lineCount: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function civil(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}`;
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}${colon ? ':' : ''}${pad(a % 60)}`;
}

/** An instant in the log's timestamp style; epoch styles are JSON numbers in JSON containers. */
export function timeValue(ms: number, style: TimeStyle, offset: number): string | number {
  switch (style) {
    case 'iso-z':
      return `${civil(ms)}Z`;
    case 'iso-offset':
      return civil(ms + offset * 60_000) + offsetText(offset, true);
    case 'iso-compact-offset':
      return civil(ms + offset * 60_000) + offsetText(offset, false);
    case 'space-naive':
      return civil(ms).replace('T', ' ');
    case 'epoch-s':
      return Math.floor(ms / 1000);
    case 'epoch-ms':
      return ms;
  }
}

/** Whole minutes in one of SPEC 2's duration forms. */
export function durationText(minutes: number, style: DurationStyle): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  switch (style) {
    case 'minutes':
      return String(minutes);
    case 'hm':
      return `${h}h ${m}m`;
    case 'clock':
      return h < 100 ? `${pad(h)}:${pad(m)}:00` : String(minutes);
    case 'iso':
      return `PT${h}H${m}M`;
    case 'days':
      return `${Math.floor(h / 24)} days ${pad(h % 24)}:${pad(m)}:00`;
  }
}

type Field =
  'start' | 'end' | 'duration' | 'timestamp' | 'status' | 'service' | 'severity' | 'affected' | 'region' | 'title';

function fieldsOf(spec: LogSpec): Field[] {
  const c = spec.columns;
  const f: Field[] =
    spec.shape === 'interval'
      ? [
          'start',
          c.duration ? 'duration' : 'end',
          ...((c.service ? ['service'] : []) as Field[]),
          ...((c.severity ? ['severity'] : []) as Field[]),
          ...((c.affected ? ['affected'] : []) as Field[]),
          ...((c.region ? ['region'] : []) as Field[]),
          ...((c.title ? ['title'] : []) as Field[]),
        ]
      : [
          'timestamp',
          ...((c.service ? ['service'] : []) as Field[]),
          ...((c.region ? ['region'] : []) as Field[]),
          'status',
        ];
  return spec.reversed ? f.reverse() : f;
}

function valueOf(row: IntervalRow | StatusRow, field: Field, spec: LogSpec): string | number {
  if (row.kind === 'status') {
    if (field === 'timestamp') return timeValue(row.ts, spec.timeStyle, row.offset);
    if (field === 'service') return row.service;
    if (field === 'region') return row.region;
    return row.status;
  }
  switch (field) {
    case 'start':
      return timeValue(row.start, spec.timeStyle, row.offset);
    case 'end':
      return row.open ? '' : timeValue(row.end, spec.timeStyle, row.offset);
    case 'duration':
      return row.open ? '' : durationText(row.minutes, spec.durationStyle);
    case 'service':
      return row.service;
    case 'severity':
      return row.severity;
    case 'affected':
      return row.affected;
    case 'region':
      return row.region;
    default:
      return row.title;
  }
}

const DELIMITERS = { csv: ',', tsv: '\t', semicolon: ';' } as const;

function quoteCell(v: string, delimiter: string): string {
  return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function junkJson(cells: string[]): unknown {
  if (cells.length === 1) return cells[0];
  if (cells.length === 2) return { note: cells[0], detail: cells[1] };
  return [cells.length, null, { deep: [cells] }];
}

/** The log as bytes, with what the test needs to know about its rows. */
export function writeLog(spec: LogSpec): WrittenLog {
  const fields = fieldsOf(spec);
  const eol = spec.crlf ? '\r\n' : '\n';
  const valid = spec.rows.filter((r): r is IntervalRow | StatusRow => r.kind === 'interval' || r.kind === 'status');
  const junkRows = spec.rows.filter((r) => r.kind === 'junk').length;
  const junkLines: number[] = [];
  let text: string;
  let ext: string;
  let lines = 1;
  const countLines = (s: string): number => s.split('\n').length - 1;

  if (spec.container === 'csv' || spec.container === 'tsv' || spec.container === 'semicolon') {
    const d = DELIMITERS[spec.container];
    ext = spec.container === 'tsv' ? 'tsv' : 'csv';
    const out = [fields.map((f) => quoteCell(spec.names[f]!, d)).join(d)];
    for (const r of spec.rows) {
      lines += 1;
      if (r.kind === 'blank') out.push('');
      else if (r.kind === 'junk') {
        junkLines.push(lines);
        out.push(r.cells.join(d));
      } else {
        const line = fields.map((f) => quoteCell(String(valueOf(r, f, spec)), d)).join(d);
        lines += countLines(line);
        out.push(line);
      }
    }
    text = out.join(eol) + eol;
  } else if (spec.container === 'ndjson') {
    ext = 'ndjson';
    const out: string[] = [];
    for (const r of spec.rows) {
      if (r.kind === 'blank') out.push('');
      else if (r.kind === 'junk') {
        junkLines.push(out.length + 1);
        out.push(r.cells.length === 1 ? `{${r.cells[0]}` : JSON.stringify(junkJson(r.cells)));
      } else out.push(JSON.stringify(Object.fromEntries(fields.map((f) => [spec.names[f]!, valueOf(r, f, spec)]))));
    }
    text = out.join(eol) + eol;
  } else {
    ext = 'json';
    const elems = spec.rows
      .filter((r): r is Exclude<Row, { kind: 'blank' }> => r.kind !== 'blank')
      .map((r) =>
        JSON.stringify(
          r.kind === 'junk'
            ? junkJson(r.cells)
            : Object.fromEntries(fields.map((f) => [spec.names[f]!, valueOf(r, f, spec)])),
        ),
      );
    const array = `[${eol}${elems.join(`,${eol}`)}${eol}]`;
    text = spec.container === 'json-array' ? array + eol : `{"source": "fuzz", "${spec.wrapperKey}": ${array}}${eol}`;
  }
  let bytes: Uint8Array = new TextEncoder().encode(text);
  if (spec.bom) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  if (spec.gzip) bytes = gzipSync(bytes);
  return {
    fileName: `fuzz-log.${ext}${spec.gzip ? '.gz' : ''}`,
    bytes,
    junkLines,
    validRows: valid.length,
    validRecords: valid.reduce((n, r) => n + (spec.columns.service ? listedServices(r.service) : 1), 0),
    junkRows,
    mustImport:
      valid.length > 0 &&
      (!spec.container.includes('json') || spec.rows.find((r) => r.kind !== 'blank')?.kind === spec.shape),
    lineCount: countLines(text) + 1,
  };
}

/** The bytes in pieces of `size`, as a stream would deliver them. */
export function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(bytes.length, i + size));
}

/** How many services a service cell names (SPEC 1: `a,b`, `a;b`, `a|b` list them; empty or `*`: one record). */
function listedServices(cell: string): number {
  const parts = new Set(cell.split(/[,;|]/).map((p) => p.trim()));
  parts.delete('');
  return parts.size === 0 || parts.has('*') ? 1 : parts.size;
}
