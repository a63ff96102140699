import { z } from 'zod';
import { CompositeSyntaxError, parseCompositeExpression } from '../compute/composite-expression';

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
