import { importBytes, LogImporter } from '@core/import';
import type { CsvMode } from '@core/import/containers/csv-reader';
import { ASSUMED, isAssumption } from '@core/import/shape/diagnostics';
import type { ImportResult } from '@core/model/import-result';
import { recordsFromTable } from '@core/model/record-table';
import type { OutageRecord } from '@core/model/records';
import { importSettingsSchema, type ImportSettings } from '@core/model/import-settings';

export type SettingsInput = Parameters<typeof importSettingsSchema.parse>[0];

export function importSettings(input: SettingsInput = {}): ImportSettings {
  return importSettingsSchema.parse(input);
}

/** Splits bytes into chunks of `size` (1 puts a chunk boundary inside every field). */
export function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

/**
 * Runs the engine over the bytes cut at the given offsets, in one CSV mode: the result, or the error message,
 * so property tests can compare the fast path and the RFC 4180 path on any input, failures included.
 */
export function importCut(
  bytes: Uint8Array,
  cuts: number[],
  csvMode: CsvMode,
  fileName = 'prop.csv',
): ImportResult | string {
  const importer = new LogImporter({ fileName, settings: importSettings(), csvMode });
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let prev = 0;
  try {
    for (const p of [...points, bytes.length]) {
      importer.push(bytes.slice(prev, p));
      prev = p;
    }
    return importer.finish({ sha256: '', bytes: bytes.length });
  } catch (e) {
    return (e as Error).message;
  }
}

/** Imports text (or bytes) as if read from a file named `fileName`. */
export function importText(
  content: string | Uint8Array,
  fileName = 'outages.csv',
  settings: SettingsInput = {},
  chunkSize = 1 << 16,
): Promise<ImportResult> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return importBytes(chunked(bytes, chunkSize), { fileName, settings: importSettings(settings) });
}

export async function recordsOf(
  content: string | Uint8Array,
  fileName = 'outages.csv',
  settings: SettingsInput = {},
): Promise<OutageRecord[]> {
  return recordsFromTable((await importText(content, fileName, settings)).records);
}

export const iso = (ms: number): string => new Date(ms).toISOString();
export const at = (s: string): number => Date.parse(s);

/** The diagnostics that name a problem, without the assumptions every import names once (SPEC 3). */
export const problemsOf = (r: ImportResult) => r.diagnostics.filter((d) => !isAssumption(d.message));

/** The assumptions an import named (SPEC 3), their "assumed: " dropped. */
export const assumptionsOf = (r: ImportResult): string[] =>
  r.diagnostics.filter((d) => isAssumption(d.message)).map((d) => d.message.slice(ASSUMED.length));
