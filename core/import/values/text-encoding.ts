import { decodeUtf8 } from '../source/bytes';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// the WHATWG decoder behind the labels latin1 and iso-8859-1: Windows-1252, a superset for printable text
const windows1252 = new TextDecoder('windows-1252');

/**
 * A name's bytes as text: UTF-8 when they are UTF-8, else Windows-1252 (latin1), the encoding of most
 * non-UTF-8 logs written by spreadsheets and older tools (issue 19 item 8). `latin1` says which was used.
 */
export function decodeName(buf: Uint8Array, start: number, end: number): { text: string; latin1: boolean } {
  if (isAscii(buf, start, end)) return { text: decodeUtf8(buf, start, end), latin1: false };
  try {
    return { text: strictUtf8.decode(buf.subarray(start, end)), latin1: false };
  } catch {
    return { text: windows1252.decode(buf.subarray(start, end)), latin1: true };
  }
}

function isAscii(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return false;
  return true;
}
