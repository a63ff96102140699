/** About what one write to a file or a pipe should carry: large enough to be cheap, small enough to stay flat. */
export const TEXT_BATCH_CHARS = 1 << 16;

/**
 * Text chunks joined into batches of at least `size` characters (the last may be shorter): a writer that yields a
 * line block per service would otherwise make 200,000 system calls, and one that joins everything would hold it all.
 */
export function* textBatches(chunks: Iterable<string>, size = TEXT_BATCH_CHARS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}
