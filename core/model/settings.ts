import { z } from 'zod';
import { SEVERITIES } from './records';
import { formatZodIssues } from './zod-issues';
import { CompositeSyntaxError, parseCompositeExpression } from '../compute/composite-expression';
import { BUSINESS_HOURS_PRESETS, BusinessHoursError, parseHoursEntry } from '../time/business-hours';
import { RANGE_PRESETS } from '../time/period-presets';

/**
 * Settings (SPEC 4): one zod schema for the JSON the app saves, `--settings` reads and the report echoes.
 * Fractions everywhere (0.999, never 99.9); the CLI converts its percent flags.
 */

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z.string().min(1).refine(isValidTimeZone, { message: 'not a known IANA time zone' });
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');
/** a report range's side: a month, or a day (inclusive) that clips the range's first or last month (SPEC 4) */
export const rangeSide = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM or YYYY-MM-DD')
  .refine((v) => v.length === 7 || new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: 'not a day of the calendar',
  });
const fraction = z.number().finite().min(0).max(1);
/** Text the user typed for the cover: trimmed, bounded so a pasted file cannot fill the PDF, empty means none. */
const coverText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((t) => t.trim());
/** A target above 0 (no SLA at 0) and up to 1 (100 %: no error budget, budgetConsumed null). */
const target = z.number().finite().gt(0).max(1);

export const CREDIT_PRESETS = {
  'aws-ec2': [
    { belowPercent: 99.99, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 30 },
    { belowPercent: 95, creditPercent: 100 },
  ],
  'gcp-compute': [
    { belowPercent: 99.99, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 25 },
    { belowPercent: 95, creditPercent: 50 },
  ],
  'azure-vm': [
    { belowPercent: 99.99, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 25 },
    { belowPercent: 95, creditPercent: 100 },
  ],
  m365: [
    { belowPercent: 99.9, creditPercent: 25 },
    { belowPercent: 99, creditPercent: 50 },
    { belowPercent: 95, creditPercent: 100 },
  ],
} as const;
export type CreditPresetName = keyof typeof CREDIT_PRESETS;
export const CREDIT_PRESET_NAMES = Object.keys(CREDIT_PRESETS) as CreditPresetName[];

export const creditTierSchema = z.object({
  belowPercent: z.number().finite().min(0).max(100),
  creditPercent: z.number().finite().min(0).max(100),
});
export type CreditTier = z.infer<typeof creditTierSchema>;

export const creditsSchema = z.discriminatedUnion('preset', [
  z.object({ preset: z.literal('none') }),
  z.object({ preset: z.enum(CREDIT_PRESET_NAMES as [CreditPresetName, ...CreditPresetName[]]) }),
  z.object({ preset: z.literal('custom'), tiers: z.array(creditTierSchema).max(20) }),
]);
export type Credits = z.infer<typeof creditsSchema>;

/** The largest impact rate per minute: its products with any report's minutes stay finite. */
export const MAX_RATE_PER_MINUTE = 1e15;

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

const userCount = z.number().finite().min(0).max(1e12);
const fee = z.number().finite().min(0);

export const rateSchema = z.object({
  name: z.string().min(1).max(60),
  /** value lost per minute of full outage (money, messages, orders, ...) */
  perMinute: z
    .number()
    .finite()
    .min(0)
    // rate x minutes must stay a number: 1e15 over the longest range a Date allows (2.9e11 minutes) is 2.9e26,
    // while 1e308 overflowed to Infinity and printed as a blank (issue 19 item 9)
    .max(MAX_RATE_PER_MINUTE, {
      message: 'an impact rate is at most 1e15 per minute (a larger one overflows the totals)',
    }),
  /** display unit, e.g. "USD" or "messages"; free text */
  unit: z.string().max(20).default(''),
});
export type Rate = z.infer<typeof rateSchema>;

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

/**
 * A composite service (issue 18 item 3): `expression` joins services with `&` (series), `|` (parallel) and
 * parentheses, e.g. "API&DB" or "Edge&(API|APIv2)".
 */
export const compositeSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((n) => !/[&|()=]/.test(n) && n !== '*', { message: 'a composite name cannot hold & | ( ) = or be *' }),
    expression: z.string().min(1).max(2000),
  })
  .superRefine((c, ctx) => {
    try {
      parseCompositeExpression(c.expression);
    } catch (e) {
      if (!(e instanceof CompositeSyntaxError)) throw e;
      ctx.addIssue({ code: 'custom', path: ['expression'], message: `"${c.expression}" ${e.message}` });
    }
  });
export type Composite = z.infer<typeof compositeSchema>;
/**
 * The covered hours (docs/spec.md 5d, issue 18 item 2): a preset, or `custom` with grid entries such as
 * "Mon-Fri 09:00-17:00" in the report zone; holidays are whole local days. Time outside is not eligible.
 */
export const businessHoursSchema = z
  .object({
    preset: z.enum(BUSINESS_HOURS_PRESETS).default('24x7'),
    /** the custom grid's entries (read only with preset `custom`) */
    hours: z
      .array(z.string().max(100))
      .max(100)
      .default([])
      .superRefine((entries, ctx) => {
        entries.forEach((entry, i) => {
          try {
            parseHoursEntry(entry);
          } catch (e) {
            if (!(e instanceof BusinessHoursError)) throw e;
            ctx.addIssue({ code: 'custom', path: [i], message: e.message });
          }
        });
      }),
    holidays: z.array(day).max(1000).default([]),
  })
  .strict()
  .refine((b) => b.preset !== 'custom' || b.hours.length > 0, {
    message: 'a custom calendar needs at least one entry such as "Mon-Fri 09:00-17:00"',
    path: ['hours'],
  });
export type BusinessHoursSettings = z.infer<typeof businessHoursSchema>;

/** The longest rolling window (docs/spec.md 5a): ten years of days. */
export const MAX_ROLLING_DAYS = 3660;

/**
 * One multi-window burn-rate alert rule (docs/spec.md 5b, Google's SRE workbook): it fires while the burn rate
 * over both windows exceeds burnRate. Windows in minutes.
 */
export const burnRuleSchema = z
  .object({
    burnRate: z.number().finite().positive().max(1e6),
    longMinutes: z
      .number()
      .finite()
      .positive()
      .max(MAX_ROLLING_DAYS * 1440),
    shortMinutes: z.number().finite().positive(),
  })
  .strict()
  .refine((r) => r.shortMinutes <= r.longMinutes, { message: 'the short window must not be longer than the long one' });
export type BurnRule = z.infer<typeof burnRuleSchema>;

/** The workbook's table of recommended rules: page at 14.4 over 1 h and 5 min and 6 over 6 h and 30 min, ticket at 1 over 3 d and 6 h. */
export const DEFAULT_BURN_RULES: readonly BurnRule[] = [
  { burnRate: 14.4, longMinutes: 60, shortMinutes: 5 },
  { burnRate: 6, longMinutes: 360, shortMinutes: 30 },
  { burnRate: 1, longMinutes: 4320, shortMinutes: 360 },
];

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

export function targetFor(settings: Settings, service: string): number {
  return ownOr(settings.targets.services, service, settings.targets.default);
}

/** Own keys only, as targetFor: a service named "__proto__" must not read Object.prototype. */
function ownOr<T>(map: Record<string, T>, service: string, fallback: T): T {
  return Object.hasOwn(map, service) ? map[service]! : fallback;
}

/** The user base of a service: its own, else the default; null when none is set. */
export function usersFor(settings: Settings, service: string): number | null {
  return ownOr<number | null>(settings.usersByService, service, settings.users);
}

/** The credit tiers a service is measured against: its own, else the default. */
export function creditsFor(settings: Settings, service: string): Credits {
  return ownOr(settings.creditsByService, service, settings.credits);
}

/** The monthly fee of a service: its own, else the default; null when none is set. */
export function feeFor(settings: Settings, service: string): number | null {
  return ownOr<number | null>(settings.fees.services, service, settings.fees.default);
}

/**
 * The availability a tier table pays for (SPEC 4): its highest threshold, as a fraction; null without
 * tiers. A service whose target differs from it is named in the report.
 */
export function tierCommitment(tiers: readonly CreditTier[]): number | null {
  if (tiers.length === 0) return null;
  return Number((Math.max(...tiers.map((t) => t.belowPercent)) / 100).toPrecision(12));
}

export function creditTiers(credits: Credits): readonly CreditTier[] {
  if (credits.preset === 'none') return [];
  if (credits.preset === 'custom') return credits.tiers;
  return CREDIT_PRESETS[credits.preset];
}

/** The gap limit of status logs in ms (Infinity: none); null: SPEC 2's default. */
export function maxGapMs(settings: ImportSettings): number | null {
  const m = settings.maxGapMinutes;
  return m === null ? null : m === 'none' ? Infinity : m * 60_000;
}

/** Parses unknown JSON into Settings; the error lists each bad field with its path. */
export function parseSettings(json: unknown): { ok: true; value: Settings } | { ok: false; error: string } {
  const r = settingsSchema.safeParse(json);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    error: formatZodIssues(r.error),
  };
}

/**
 * Credit tiers as people type them (SPEC 4 `--credits`): a preset name, "none", or "THRESHOLD:PCT,..." such
 * as "99.9:10, 99:25, 95:100" (percent both sides, any order). A string is the reason it is not.
 */
export function parseCredits(text: string): Credits | string {
  const t = text.trim();
  if (t === 'none') return { preset: 'none' };
  if ((CREDIT_PRESET_NAMES as readonly string[]).includes(t)) return { preset: t as CreditPresetName };
  const tiers: CreditTier[] = [];
  for (const part of t.split(',')) {
    const m = /^\s*<?\s*(\d+(?:\.\d+)?)\s*%?\s*:\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(part);
    if (!m) {
      return `expected ${CREDIT_PRESET_NAMES.join(', ')}, none, or tiers THRESHOLD:PCT,... such as 99.9:10,99:25,95:100; got "${text}"`;
    }
    const tier = { belowPercent: Number(m[1]), creditPercent: Number(m[2]) };
    if (tier.belowPercent > 100 || tier.creditPercent > 100)
      return `a tier's threshold and credit are percentages up to 100: "${part.trim()}"`;
    tiers.push(tier);
  }
  if (new Set(tiers.map((x) => x.belowPercent)).size !== tiers.length)
    return `two tiers share a threshold in "${text}"`;
  return { preset: 'custom', tiers };
}
