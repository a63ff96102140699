/**
 * What the File > Open from Prometheus dialog sends: the server, the query, the labels and the months. Parsed in
 * the main process before anything is fetched; the same values are what the app remembers for next time.
 */
import { z } from 'zod';
import { rangeSide } from '@core/model/setting-values';

/**
 * An address the user typed for their own server: http or https, with a host. Anything else (file:, data:,
 * a bare path) is refused here, before a request exists (docs/security.md).
 */
export function isServerUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** A Prometheus label name (the data model's rule). */
const labelName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'not a Prometheus label name');

export const prometheusRequestSchema = z
  .object({
    url: z
      .string()
      .trim()
      .max(2048)
      .refine(isServerUrl, 'expected an http:// or https:// address with a host, e.g. http://127.0.0.1:9090'),
    /** a series selector of 0/1 series (1 = up); checked to be one by the source, which says why */
    query: z.string().trim().min(1, 'the query is empty').max(4096),
    serviceLabel: labelName,
    /** null: no region */
    regionLabel: labelName.nullable(),
    from: rangeSide,
    to: rangeSide,
  })
  .strict();

export type PrometheusRequest = z.infer<typeof prometheusRequestSchema>;
