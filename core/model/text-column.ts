import { decodeUtf8 } from './utf8-text';

/**
 * Optional text per record (ids, titles) as UTF-8 in one byte array. A million 11-character ids take
 * 11 MB of bytes and 4 MB of offsets here, against about 40 MB as strings in an array (V8 spends 32 bytes
 * on a short string and 8 on its slot), and they are not a million objects for the garbage collector.
 * Plain typed arrays: a structured clone (the app's import worker posts the records) and the JSON codec
 * carry it as they are.
 *
 * No text and empty text are one state (an empty span), as SPEC 2 reads an empty cell as absent; a hole
 * or a record without a slot cannot be written: the record count is `ends.length`.
 */
export interface TextColumn {
  /** every record's text, back to back */
  readonly utf8: Uint8Array;
  /** record i's text is utf8[ends[i - 1] .. ends[i]) (from 0 for record 0); an empty span: none */
  readonly ends: Uint32Array;
}

/** Record i's text, undefined when it has none. */
export function textAt(column: TextColumn, i: number): string | undefined {
  const end = column.ends[i];
  if (end === undefined) return undefined;
  const start = i === 0 ? 0 : column.ends[i - 1]!;
  return start === end ? undefined : decodeUtf8(column.utf8, start, end);
}

/** A column of the given texts (undefined and '' both: none). */
export function textColumnOf(texts: readonly (string | undefined)[]): TextColumn {
  const encoder = new TextEncoder();
  const parts = texts.map((t) => (t ? encoder.encode(t) : EMPTY));
  const ends = new Uint32Array(parts.length);
  let total = 0;
  parts.forEach((p, i) => (ends[i] = total += p.length));
  const utf8 = new Uint8Array(total);
  parts.forEach((p, i) => utf8.set(p, i === 0 ? 0 : ends[i - 1]));
  return { utf8, ends };
}

/** Every text of the column, undefined where a record has none. */
export function textsOf(column: TextColumn): (string | undefined)[] {
  return Array.from(column.ends, (_, i) => textAt(column, i));
}

const EMPTY = new Uint8Array(0);
