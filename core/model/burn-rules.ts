import { z } from 'zod';

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
