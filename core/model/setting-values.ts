import { z } from 'zod';

/** The value shapes several settings sections share (docs/spec.md 4): zones, days, fractions, targets. */

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z.string().min(1).refine(isValidTimeZone, { message: 'not a known IANA time zone' });
export const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');
/** a report range's side: a month, or a day (inclusive) that clips the range's first or last month (SPEC 4) */
export const rangeSide = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM or YYYY-MM-DD')
  .refine((v) => v.length === 7 || new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: 'not a day of the calendar',
  });
export const fraction = z.number().finite().min(0).max(1);
/** Text the user typed for the cover: trimmed, bounded so a pasted file cannot fill the PDF, empty means none. */
export const coverText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((t) => t.trim());
/** A target above 0 (no SLA at 0) and up to 1 (100 %: no error budget, budgetConsumed null). */
export const target = z.number().finite().gt(0).max(1);
export const userCount = z.number().finite().min(0).max(1e12);
export const fee = z.number().finite().min(0);

/** The largest impact rate per minute: its products with any report's minutes stay finite. */
export const MAX_RATE_PER_MINUTE = 1e15;

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
