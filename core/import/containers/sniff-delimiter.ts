import { COMMA, QUOTE, SEMICOLON, TAB } from '../source/bytes';

/** The delimiter of the header line: the most frequent of comma, tab and semicolon outside quotes. */
export function sniffDelimiter(buf: Uint8Array, start: number, end: number): number {
  let commas = 0;
  let tabs = 0;
  let semis = 0;
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (b === COMMA) commas++;
      else if (b === TAB) tabs++;
      else if (b === SEMICOLON) semis++;
    }
  }
  if (tabs > commas && tabs >= semis) return TAB;
  if (semis > commas) return SEMICOLON;
  return COMMA;
}
