/**
 * Text from the input quoted in a message, cut short: a 10 MB cell or a 100,000-column header must give a
 * message a person can read, not echo the file back.
 */
export function clipText(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}
