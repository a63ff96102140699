import { z } from 'zod';
import { BUSINESS_HOURS_PRESETS, BusinessHoursError, parseHoursEntry } from '../time/business-hours';
import { day } from './setting-values';

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
