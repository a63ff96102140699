import { once } from 'node:events';
import { textBatches } from '../io/text-batches';
import { terminalText } from '../print/terminal-text';

/**
 * Writes a report to stdout as its chunks come, waiting whenever the pipe is full, so a reader that is slower than the
 * writer (`| less`) never makes the whole report pile up in memory. Stdout is a terminal's: a service name must not
 * move the cursor or recolour a figure, so every chunk is escaped (chunks end on a line break, so no CRLF is split).
 */
export async function writeToStdout(
  chunks: Iterable<string>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  for (const batch of textBatches(chunks)) {
    if (!out.write(terminalText(batch, true))) await once(out, 'drain');
  }
}
