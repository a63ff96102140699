/**
 * Text from the log quoted in a message, cut short: a 10 MB cell or a 100,000-column header must give a
 * message a person can read, not echo the file back.
 */
export function clipText(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}

/** A header as a message lists it: the first columns, each clipped, then how many more. */
export function describeHeader(header: readonly string[], maxColumns = 12): string {
  if (header.length === 0) return '(nothing)';
  const shown = header.slice(0, maxColumns).map((c) => clipText(c));
  const more = header.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
