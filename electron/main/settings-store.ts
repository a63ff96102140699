import { createHash } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@core/model/settings';
import type { Notice, SettingsFor } from '../shared/ipc-contract';
import { writeFileAtomic, type AtomicWriteFs } from '@core/io/write-file-atomic';
import { loadJsonFile, MAX_JSON_FILE_BYTES } from './json-file';
import { prometheusRequestSchema, type PrometheusRequest } from '../shared/prometheus-request';
import { withoutLogin } from '@core/import/source/prometheus/prometheus-client';

export const SETTINGS_FILE = 'settings.json';
/** Per-file entries kept; the least recently saved go first. Bounds the file at a few hundred kB. */
const MAX_FILES = 200;

const storedFileSchema = z.object({ fileName: z.string(), savedAt: z.number(), settings: settingsSchema }).strict();
const settingsDocSchema = z
  .object({
    version: z.literal(1),
    defaults: settingsSchema.nullable(),
    /** keyed by settingsKey(path): the path itself is not stored */
    files: z.record(z.string().regex(/^[0-9a-f]{64}$/), storedFileSchema),
    /** File > Open from Prometheus's last values (without a user or password: those are never written) */
    prometheus: prometheusRequestSchema.optional(),
    /** the PDF cover's logo, as chosen in the main process's dialog; read again at each export */
    coverLogo: z.string().min(1).max(4096).optional(),
  })
  .strict();
type SettingsDoc = z.infer<typeof settingsDocSchema>;
const EMPTY_DOC: SettingsDoc = { version: 1, defaults: null, files: {} };

const fileExists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * The document and its file's text, the least recently saved logs dropped until it fits the size the store
 * agrees to read back at start-up (a settings file it could not read would be set aside with everything in it).
 */
function fitToLimit(doc: SettingsDoc, maxBytes: number): { doc: SettingsDoc; text: string } {
  const textOf = (d: SettingsDoc): string => JSON.stringify(d, null, 2) + '\n';
  let text = textOf(doc);
  if (Buffer.byteLength(text) <= maxBytes) return { doc, text };
  const files = { ...doc.files };
  const oldestFirst = Object.keys(files).sort((a, b) => files[a]!.savedAt - files[b]!.savedAt);
  for (const key of oldestFirst) {
    delete files[key];
    text = textOf({ ...doc, files });
    if (Buffer.byteLength(text) <= maxBytes) return { doc: { ...doc, files }, text };
  }
  throw new Error(`These settings are too large to save (more than ${maxBytes} bytes).`);
}

/** Settings of a log are remembered by a hash of its absolute path. */
export function settingsKey(path: string): string {
  return createHash('sha256').update(resolve(path)).digest('hex');
}

export interface SettingsStore {
  /** no settings file existed when the app started */
  readonly firstRun: boolean;
  defaults(): Settings;
  /** saved settings of this log, else the defaults (or `fallback`, e.g. the sample's bundled settings) */
  forFile(path: string, fallback?: Settings): SettingsFor;
  saveForFile(path: string, settings: Settings): Promise<void>;
  saveDefaults(settings: Settings): Promise<void>;
  /** the Open from Prometheus dialog's last values; null when it was never used */
  lastPrometheus(): PrometheusRequest | null;
  /** remembers the dialog's values, with any user and password taken out of the URL */
  saveLastPrometheus(request: PrometheusRequest): Promise<void>;
  /** the cover logo's path (one for every report: it is the user's organisation's); null when none */
  coverLogo(): string | null;
  /** null removes it */
  saveCoverLogo(path: string | null): Promise<void>;
  /** writes the settings file if it does not exist yet, so the next start is not a first run */
  markStarted(): Promise<void>;
}

export interface SettingsStoreOptions {
  fs?: AtomicWriteFs;
  now?: () => Date;
  /** the largest settings file read at start-up and written (default MAX_JSON_FILE_BYTES, 16 MiB) */
  maxFileBytes?: number;
}

/**
 * Opens (or starts) the settings file in `dir` (the user-data folder). A corrupt file is set aside as
 * settings.json.corrupt-<time>, defaults are used, and a notice says so.
 */
export async function openSettingsStore(
  dir: string,
  options: SettingsStoreOptions = {},
): Promise<{ store: SettingsStore; notices: Notice[] }> {
  const now = options.now ?? (() => new Date());
  const path = join(dir, SETTINGS_FILE);
  await mkdir(dir, { recursive: true });
  const maxBytes = options.maxFileBytes ?? MAX_JSON_FILE_BYTES;
  const loaded = await loadJsonFile(path, settingsDocSchema, EMPTY_DOC, now, {
    open: options.fs?.open,
    rename: options.fs?.rename,
    maxBytes,
  });
  const notices: Notice[] = [];
  if (loaded.status === 'corrupt') {
    const kept =
      loaded.setAsidePath === null
        ? `It is still at ${path}; settings you change cannot be saved until it is moved or removed`
        : `It was kept as ${basename(loaded.setAsidePath)}`;
    notices.push({
      level: 'warning',
      code: 'settings-reset',
      message: `Your settings file could not be read (${loaded.reason}). ${kept}, and the default settings are in use.`,
    });
  }
  let doc: SettingsDoc = loaded.value;
  // One write at a time, in call order, each applied to the document as the write before it left it: two
  // saves in quick succession both land (each used to start from the document before either was written,
  // and the second wrote the first away, on disk and in memory).
  let queue: Promise<void> = Promise.resolve();

  const commit = (change: (current: SettingsDoc) => SettingsDoc): Promise<void> => {
    const write = queue.then(async () => {
      const fitted = fitToLimit(change(doc), maxBytes);
      await writeFileAtomic(path, fitted.text, options.fs);
      doc = fitted.doc;
    });
    queue = write.catch(() => undefined);
    return write;
  };

  const store: SettingsStore = {
    firstRun: loaded.status === 'missing',
    defaults: () => doc.defaults ?? DEFAULT_SETTINGS,
    forFile(filePath, fallback) {
      const entry = doc.files[settingsKey(filePath)];
      if (entry) return { settings: entry.settings, source: 'file' };
      return { settings: fallback ?? store.defaults(), source: 'defaults' };
    },
    saveForFile(filePath, settings) {
      const entry = { fileName: basename(filePath), savedAt: now().getTime(), settings };
      return commit((current) => {
        const files = { ...current.files, [settingsKey(filePath)]: entry };
        const keys = Object.keys(files);
        if (keys.length > MAX_FILES) {
          keys.sort((a, b) => files[a]!.savedAt - files[b]!.savedAt);
          for (const k of keys.slice(0, keys.length - MAX_FILES)) delete files[k];
        }
        return { ...current, files };
      });
    },
    saveDefaults(settings) {
      return commit((current) => ({ ...current, defaults: settings }));
    },
    lastPrometheus: () => doc.prometheus ?? null,
    saveLastPrometheus(request) {
      const prometheus = { ...request, url: withoutLogin(request.url) };
      return commit((current) => ({ ...current, prometheus }));
    },
    coverLogo: () => doc.coverLogo ?? null,
    saveCoverLogo(logo) {
      return commit(({ coverLogo: _previous, ...current }) =>
        logo === null ? current : { ...current, coverLogo: logo },
      );
    },
    async markStarted() {
      if (!(await fileExists(path))) await commit((current) => current);
    },
  };
  return { store, notices };
}
