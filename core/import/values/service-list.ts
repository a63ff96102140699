import { elementName } from '../containers/json-rows';

/**
 * The services a service cell names (SPEC 1): one name, or a list — `API, Playground`, `a;b`, `a|b`, or a JSON
 * array of names (or of objects with a `name`). Names are trimmed; empty ones and repeats are dropped, so
 * `a, a` is one service and `,` none (then the record is platform-wide).
 */
export function serviceNamesIn(cell: string): string[] {
  const text = cell.trim();
  let parts: string[];
  const json = text.startsWith('[') && text.endsWith(']') ? jsonNames(text) : null;
  if (json !== null) parts = json;
  else if (/[,;|]/.test(text)) parts = text.split(/[,;|]/);
  else return text === '' ? [] : [text];
  return [...new Set(parts.map((p) => p.trim()).filter((p) => p !== ''))];
}

/** The names in a JSON array, or null when the text is no JSON array. */
function jsonNames(text: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  return value.map(elementName);
}
