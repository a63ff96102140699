import { z } from 'zod';
import { isValidTimeZone } from '../model/setting-values';
import { parseDurationShorthand } from './duration-shorthand';

/**
 * OpenSLO v1 `kind: SLO` (github.com/OpenSLO/OpenSLO, README "SLO" and "Objectives"): the fields this
 * calculator reads, checked as the spec words them. Fields it knows but does not apply are listed in
 * KNOWN_FIELDS (openslo-fields.ts) so the reader can name them; zod drops them from the parsed value.
 */

export const OPENSLO_API_VERSION = 'openslo/v1';
export const BUDGETING_METHODS = ['Occurrences', 'Timeslices', 'RatioTimeslices'] as const;
export type BudgetingMethod = (typeof BUDGETING_METHODS)[number];

const duration = z.string().refine((d) => parseDurationShorthand(d) !== null, {
  message: 'expected a duration shorthand such as 28d, 4w, 1M, 1Q or 1Y',
});

const calendar = z.object({
  // the spec's form is "2020-01-21 12:30:00", a local time in timeZone
  startTime: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/, 'expected a local date and time, "2022-01-01 00:00:00"'),
  timeZone: z.string().refine(isValidTimeZone, { message: 'not a known IANA time zone' }),
});

const timeWindow = z
  .object({ duration, isRolling: z.boolean().optional(), calendar: calendar.optional() })
  .superRefine((w, ctx) => {
    if (w.isRolling === true && w.calendar !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['isRolling'], message: 'a rolling window has no calendar' });
    } else if (w.isRolling !== true && w.calendar === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['calendar'],
        message: 'a calendar-aligned window needs calendar (startTime, timeZone); a rolling one says isRolling: true',
      });
    }
  });

const objective = z
  .object({
    displayName: z.string().optional(),
    // the spec allows 0 and excludes 1; a target of 0 promises nothing, and 100 % is a target people write
    target: z.number().gt(0, 'a target above 0 is needed').max(1, 'target is a fraction, at most 1').optional(),
    targetPercent: z.number().gt(0, 'a target above 0 is needed').max(100, 'targetPercent is at most 100').optional(),
  })
  .superRefine((o, ctx) => {
    if (o.target !== undefined && o.targetPercent !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['targetPercent'], message: 'give target or targetPercent, not both' });
    } else if (o.target === undefined && o.targetPercent === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'an objective needs target or targetPercent' });
    }
  });

export const sloDocumentSchema = z.object({
  apiVersion: z.literal(OPENSLO_API_VERSION, { message: `only ${OPENSLO_API_VERSION} documents are read` }),
  kind: z.literal('SLO'),
  metadata: z.object({ name: z.string().min(1), displayName: z.string().optional() }),
  spec: z.object({
    service: z.string().min(1),
    timeWindow: z.array(timeWindow).length(1, 'timeWindow holds exactly one window').optional(),
    budgetingMethod: z.enum(BUDGETING_METHODS),
    objectives: z.array(objective).min(1, 'at least one objective is needed'),
  }),
});
export type SloDocument = z.infer<typeof sloDocumentSchema>;

/** A target as a fraction, whichever of the two fields the objective used. */
export function objectiveTarget(o: SloDocument['spec']['objectives'][number]): number {
  // 99.95 / 100 is 0.9995000000000001 in binary; the author meant 0.9995
  return o.target ?? Number((o.targetPercent! / 100).toPrecision(12));
}
