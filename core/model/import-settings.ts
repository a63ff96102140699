import { z } from 'zod';
import { SEVERITIES } from './records';
import { timeZone } from './setting-values';

/** How a log is read (SPEC 2): its zone, date format, column and word mappings, and the status logs' gap limit. */

/** Fields a column of the log can be mapped to (SPEC 2). */
export const LOG_FIELDS = [
  'start',
  'end',
  'duration',
  'timestamp',
  'status',
  'service',
  'severity',
  'affected',
  'region',
  'title',
  'id',
] as const;
export type LogField = (typeof LOG_FIELDS)[number];

/** What a status/severity word means: a severity, or `up` (status logs only). */
export const WORD_MEANINGS = [...SEVERITIES, 'up'] as const;
export type WordMeaning = (typeof WORD_MEANINGS)[number];

export const importSettingsSchema = z.object({
  /** IANA zone for timestamps without an offset */
  inputTimeZone: timeZone.default('UTC'),
  /** date-fns pattern for timestamps in no standard form; null: auto */
  dateFormat: z.string().min(1).max(100).nullable().default(null),
  /** user overrides: field -> column name as written in the header */
  columns: z.partialRecord(z.enum(LOG_FIELDS), z.string().min(1)).default({}),
  /** user remapping of words (case-insensitive) */
  words: z.record(z.string().min(1), z.enum(WORD_MEANINGS)).default({}),
  /**
   * status logs' gap limit (SPEC 2): minutes, or 'none'; null: 5 x each stream's median interval in a sample
   * log, none in an event log
   */
  maxGapMinutes: z
    .union([z.number().finite().positive(), z.literal('none')])
    .nullable()
    .default(null),
});
export type ImportSettings = z.infer<typeof importSettingsSchema>;

/** The gap limit of status logs in ms (Infinity: none); null: SPEC 2's default. */
export function maxGapMs(settings: ImportSettings): number | null {
  const m = settings.maxGapMinutes;
  return m === null ? null : m === 'none' ? Infinity : m * 60_000;
}
