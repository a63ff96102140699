import { z } from 'zod';
import { formatZodIssues } from './zod-issues';
import { RANGE_PRESETS } from '../time/period-presets';
import { coverText, day, fee, fraction, rangeSide, rateSchema, target, timeZone, userCount } from './setting-values';
import { creditsSchema } from './credit-settings';
import { importSettingsSchema } from './import-settings';
import { compositeSchema } from './composite-settings';
import { businessHoursSchema } from './business-hours-settings';
import { burnRuleSchema, MAX_ROLLING_DAYS } from './burn-rules';

/**
 * Settings (SPEC 4): one zod schema for the JSON the app saves, `--settings` reads and the report echoes.
 * Fractions everywhere (0.999, never 99.9); the CLI converts its percent flags. Each section's schema lives in
 * the file named for it; the lookups of a service's own value in settings-lookup.ts.
 */

/** SLA measurement periods (SPEC 4 `--period`): the rows of the report are these. */
export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** MTTR over merged episodes, or over the records themselves (SPEC 4 `--mttr-basis`). */
export const MTTR_BASES = ['episode', 'record'] as const;
export type MttrBasis = (typeof MTTR_BASES)[number];

/** Records without a service: every service's (platform), or a service of their own (SPEC 4). */
export const UNATTRIBUTED_MODES = ['platform', 'own'] as const;
export type UnattributedMode = (typeof UNATTRIBUTED_MODES)[number];

/** The service that holds records without a service under `unattributed: own`. */
export const UNATTRIBUTED_SERVICE = '(unattributed)';

export const MONTH_CONVENTIONS = ['calendar', '30d', '30.44d', '365d'] as const;
export type MonthConvention = (typeof MONTH_CONVENTIONS)[number];

export const settingsSchema = z
  .object({
    reportTimeZone: timeZone.default('UTC'),
    /**
     * inclusive months or days; null: from the data (SPEC 4). A preset ("last-month", ...) names the range
     * relative to the day the report is built, in the report time zone, and replaces from/to then
     */
    range: z
      .object({
        from: rangeSide.nullable().default(null),
        to: rangeSide.nullable().default(null),
        preset: z.enum(RANGE_PRESETS).optional(),
      })
      .default({ from: null, to: null }),
    targets: z
      .object({
        default: target.default(0.999),
        services: z.record(z.string(), target).default({}),
      })
      .default({ default: 0.999, services: {} }),
    weights: z
      .object({ partial: fraction.default(0.3), degraded: fraction.default(0) })
      .default({ partial: 0.3, degraded: 0 }),
    countMaintenance: z.boolean().default(false),
    /**
     * the user base (SPEC 4): null until the user gives one, and user-minute figures are null with it. A file
     * saved when this was always a number reads as before.
     */
    users: userCount.nullable().default(null),
    /** per-service user bases, over `users` */
    usersByService: z.record(z.string(), userCount).default({}),
    regionShares: z.record(z.string(), fraction).default({}),
    rates: z
      .array(rateSchema)
      .max(20)
      .default([])
      .refine((rs) => new Set(rs.map((r) => r.name)).size === rs.length, { message: 'rate names must be unique' }),
    credits: creditsSchema.default({ preset: 'none' }),
    /** per-service credit tiers, over `credits` */
    creditsByService: z.record(z.string(), creditsSchema).default({}),
    /** the monthly fee per service that turns credits into money (SPEC 4); null: none */
    fees: z
      .object({ default: fee.nullable().default(null), services: z.record(z.string(), fee).default({}) })
      .default({ default: null, services: {} }),
    /** the fees' currency, e.g. "USD"; free text, shown beside amounts */
    currency: z.string().max(12).default(''),
    period: z.enum(PERIODS).default('month'),
    mttrBasis: z.enum(MTTR_BASES).default('episode'),
    /** records shorter than this are dropped (SPEC 4 minimum outage); 0 keeps every record */
    minOutageMinutes: z.number().finite().min(0).max(527_040).default(0),
    unattributed: z.enum(UNATTRIBUTED_MODES).default('platform'),
    /** null: every service in the log */
    services: z.array(z.string()).nullable().default(null),
    /** month length used by the allowed-downtime table (SPEC 6) */
    monthConvention: z.enum(MONTH_CONVENTIONS).default('calendar'),
    import: importSettingsSchema.default({
      inputTimeZone: 'UTC',
      dateFormat: null,
      columns: {},
      words: {},
      maxGapMinutes: null,
    }),
    /** per service, the day it began (SPEC 4), in the report time zone: time before it is no data for it */
    serviceStart: z.record(z.string(), day).default({}),
    /** composite services, each built from the log's services and the composites before it */
    composites: z
      .array(compositeSchema)
      .max(50)
      .default([])
      .refine((cs) => new Set(cs.map((c) => c.name)).size === cs.length, { message: 'composite names must be unique' }),
    /** rolling windows to report, in days (docs/spec.md 5a); none by default */
    rolling: z.array(z.number().int().min(1).max(MAX_ROLLING_DAYS)).max(10).default([]),
    /** burn-rate alert rules to replay over the log (docs/spec.md 5b); none by default */
    burnRules: z.array(burnRuleSchema).max(20).default([]),
    /** covered hours (docs/spec.md 5d); 24x7 by default: every instant is covered */
    businessHours: businessHoursSchema.default({ preset: '24x7', hours: [], holidays: [] }),
    report: z
      .object({
        paper: z.enum(['A4', 'Letter']).default('A4'),
        language: z.enum(['en', 'id']).default('en'),
        /** the cover's title; absent: the report's own title (issue 16 item 8) */
        title: coverText(200).optional(),
        /** who the report is for, printed on the cover */
        customer: coverText(200).optional(),
        /** a few sentences for the reader, printed on the cover */
        note: coverText(2000).optional(),
        /** the PDF lists every incident in its register instead of the most impactful (docs/report.md) */
        fullRegister: z.boolean().optional(),
      })
      .default({ paper: 'A4', language: 'en' }),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parses unknown JSON into Settings; the error lists each bad field with its path. */
export function parseSettings(json: unknown): { ok: true; value: Settings } | { ok: false; error: string } {
  const r = settingsSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    error: formatZodIssues(r.error),
  };
}
