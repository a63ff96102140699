import { parseSettings, type Settings } from '../model/settings';
import { clipText } from '../import/shape/clip-text';
import { readRegularFile, UnreadableFileError, type OpenFile } from './read-regular-file';

/** A settings file larger than this is not one we wrote (ours are a few kB): refuse it before parsing. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** The docs promise error messages of at most this many characters (docs/hostile-input.md, Bounds). */
export const MAX_MESSAGE_CHARS = 1000;

/**
 * What was wrong, in the app's words for it: `io` the OS would not read it, `denied` not a regular file,
 * `invalid-input` too large, not JSON or not valid settings.
 */
export type SettingsFileProblem = 'io' | 'denied' | 'invalid-input';

/** A settings or report file (core/report-file) that cannot be used; the name predates report files. */
export class SettingsFileError extends Error {
  override readonly name = 'SettingsFileError';
  constructor(
    readonly problem: SettingsFileProblem,
    message: string,
  ) {
    // a path, a JSON excerpt or a zod path can be megabytes long: the message never is
    super(clipText(message, MAX_MESSAGE_CHARS - 1));
  }
}

const PROBLEM_OF_KIND = {
  missing: 'io',
  unreadable: 'io',
  'not-a-file': 'denied',
  'too-large': 'invalid-input',
} as const;

/**
 * Reads and validates a settings file (the JSON the app saves and exports) for the CLI's --settings and the
 * app's Import settings: a regular file of at most 1 MiB, read once. `name` is how messages call the file
 * (the CLI gives the path as typed, the app the file's name).
 */
export function readSettingsFile(path: string, name = path, open?: OpenFile): Promise<Settings> {
  return readJsonFile(path, name, 'a settings file', parseSettings, open);
}

/**
 * Reads one of the app's own JSON files (settings, a saved report): a regular file of at most 1 MiB, read
 * once, parsed and validated by `parse`, whose error names the bad fields. Every failure is a
 * SettingsFileError whose message begins with `name`.
 */
export async function readJsonFile<T>(
  path: string,
  name: string,
  what: string,
  parse: (json: unknown) => { ok: true; value: T } | { ok: false; error: string },
  open?: OpenFile,
): Promise<T> {
  const shown = clipText(name, 200);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_SETTINGS_FILE_BYTES, open);
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    const why = e.kind === 'too-large' ? `${e.message}: too large to be ${what}` : e.message;
    throw new SettingsFileError(PROBLEM_OF_KIND[e.kind], `${shown}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new SettingsFileError('invalid-input', `${shown}: not valid JSON (${clipText((e as Error).message, 200)})`);
  }
  const parsed = parse(json);
  if (!parsed.ok) throw new SettingsFileError('invalid-input', `${shown}: ${parsed.error}`);
  return parsed.value;
}
