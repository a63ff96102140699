import { clipText } from '../../format/clip-text';

/** A header as a message lists it: the first columns, each clipped, then how many more. */
export function describeHeader(header: readonly string[], maxColumns = 12): string {
  if (header.length === 0) return '(nothing)';
  const shown = header.slice(0, maxColumns).map((c) => clipText(c));
  const more = header.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
