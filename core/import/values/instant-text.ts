import { TimestampReader } from './timestamp';

/**
 * One instant typed by a person (a form, a flag), read as the logs' timestamps are (SPEC 2); without an
 * offset it is in `zone`. NaN when it is no timestamp.
 */
export function instantFromText(text: string, zone: string): number {
  const bytes = new TextEncoder().encode(text);
  return new TimestampReader(zone, null).read(bytes, 0, bytes.length);
}
