import { z } from 'zod';
import { settingsSchema } from '../model/settings';
import { formatZodIssues } from '../model/zod-issues';

/**
 * A saved report (issue 16): the source, the settings (the cover is settings.report's title, customer and
 * note) and the files to write, so `sla run FILE.json` regenerates them, from a scheduler too. Versioned: a
 * later format gets a new `version`, and this one keeps reading. docs/formats.md describes it for people.
 */

/** What a report file may ask for: the text exports, the PDF and the outage list. */
export const REPORT_FILE_FORMATS = ['pdf', 'csv', 'json', 'md', 'episodes-csv'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

/** Placeholders an output's file name may hold; anything else in braces is a typo, refused. */
export const OUTPUT_PLACEHOLDERS = ['{period}', '{date}'] as const;

/** A path as a person types it: no NUL (no OS takes one), bounded. */
const pathText = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { message: 'a path cannot hold a NUL character' });

const outputSchema = z
  .object({
    format: z.enum(REPORT_FILE_FORMATS),
    /** relative: to the report file's folder (or `sla run --out-dir`) */
    file: pathText.refine(
      (p) => (p.match(/\{[^}]*\}/g) ?? []).every((m) => (OUTPUT_PLACEHOLDERS as readonly string[]).includes(m)),
      { message: `the only placeholders are ${OUTPUT_PLACEHOLDERS.join(' and ')}` },
    ),
    /** JSON: list the episodes, as `--episodes` */
    episodes: z.boolean().optional(),
    /** JSON: the 90-day status bars, as `--status-days` */
    statusDays: z.boolean().optional(),
  })
  .strict();

const prometheusSchema = z
  .object({
    url: z.string().min(1).max(4096),
    query: z.string().min(1).max(10_000),
    serviceLabel: z.string().min(1).max(200).optional(),
    /** null: no region label */
    regionLabel: z.string().min(1).max(200).nullable().optional(),
    timeoutSeconds: z.number().finite().positive().optional(),
    maxSeries: z.number().int().positive().optional(),
  })
  .strict();

export const reportFileSchema = z
  .object({
    kind: z.literal('sla-report'),
    version: z.literal(1),
    /** a log file (relative: to the report file's folder), or a Prometheus server (docs/sources.md) */
    source: z.union([z.object({ log: pathText }).strict(), z.object({ prometheus: prometheusSchema }).strict()]),
    settings: settingsSchema.default(settingsSchema.parse({})),
    outputs: z
      .array(outputSchema)
      .min(1)
      .max(20)
      .refine((os) => new Set(os.map((o) => o.file)).size === os.length, {
        message: 'two outputs name the same file',
      }),
  })
  .strict();

export type ReportFile = z.infer<typeof reportFileSchema>;
export type ReportFileOutput = ReportFile['outputs'][number];

/** Parses unknown JSON into a ReportFile; the error names each bad field by its path (`settings.targets.default`). */
export function parseReportFile(json: unknown): { ok: true; value: ReportFile } | { ok: false; error: string } {
  const r = reportFileSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: formatZodIssues(r.error, { max: 10 }) };
}
