/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the escape sequences that move
 * the cursor, recolour, retitle the window or rewrite a printed figure), DEL, C1 controls (U+009B is a CSI on
 * its own), bidi overrides and isolates (which reorder what follows on the line), and the Unicode line and
 * paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** The same, except the line breaks of text that is made of lines (LF, and CR only as part of CRLF). */
const UNSAFE_IN_LINES =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /\r(?!\n)|[\u0000-\u0009\u000b-\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from a log (a service name, a file name, a diagnostic, an error) as a terminal may show it: each
 * unsafe character written as `\uXXXX`, visible and inert. The same escape is valid inside a JSON string,
 * so JSON output stays JSON with the same values. `lines`: keep line breaks (a whole report); otherwise the
 * text is one line and a line break in it is escaped too.
 */
export function terminalText(text: string, lines = false): string {
  return text.replace(lines ? UNSAFE_IN_LINES : UNSAFE, escaped);
}
