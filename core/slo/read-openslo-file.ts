import { clipText } from '../format/clip-text';
import { readRegularFile, UnreadableFileError, type OpenFile } from '../io/read-regular-file';
import { readOpenSlo, SloFileError, type SloRequest } from './read-openslo';

/** SLO definitions are a few kB per service; a file past this is not one, and is refused before parsing. */
export const MAX_SLO_FILE_BYTES = 1024 * 1024;

/**
 * Reads an OpenSLO file for the CLI's --slo and the app's Import OpenSLO: a regular file of at most 1 MiB,
 * read once, as UTF-8. `name` is how messages call it. Every failure is a SloFileError with one line.
 */
export async function readOpenSloFile(path: string, name = path, open?: OpenFile): Promise<SloRequest> {
  const shown = clipText(name, 200);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_SLO_FILE_BYTES, open);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    throw new SloFileError(
      `${shown}: ${e.message}${e.kind === 'too-large' ? ': too large to be an OpenSLO file' : ''}`,
    );
  }
  return readOpenSlo(bytes.toString('utf8').replace(/^\uFEFF/, ''), name);
}
