import { readUserTextFile, type OpenFile } from '../io/read-regular-file';
import { readOpenSlo, SloFileError, type SloRequest } from './read-openslo';

/** SLO definitions are a few kB per service; a file past this is not one, and is refused before parsing. */
export const MAX_SLO_FILE_BYTES = 1024 * 1024;

/**
 * Reads an OpenSLO file for the CLI's --slo and the app's Import OpenSLO: a regular file of at most 1 MiB,
 * read once, as UTF-8. `name` is how messages call it. Every failure is a SloFileError with one line.
 */
export async function readOpenSloFile(path: string, name = path, open?: OpenFile): Promise<SloRequest> {
  const text = await readUserTextFile(
    path,
    name,
    { maxBytes: MAX_SLO_FILE_BYTES, what: 'an OpenSLO file' },
    (_kind, message) => new SloFileError(message),
    open,
  );
  return readOpenSlo(text, name);
}
