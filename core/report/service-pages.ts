import type { LongPeriodFigures, ReportModel } from '../model/report-model';
import { byService } from '../model/by-service';

/**
 * Named services a printed report gives a page of their own. Each page is two charts and a few tables; at 250
 * services the PDF took 91 s, 263 pages and 15 MB (issue 19 item 4), and no reader turns 250 pages. Above this
 * many, the pages go to the services that matter and the rest are one line each in a compact table.
 */
export const SERVICE_PAGE_LIMIT = 20;

/**
 * Rows of the compact table of services without a page. 200,000 services would be thousands of pages; the rows
 * left out are the best of the ranking (met, least downtime), and the table's lead counts them.
 */
export const COMPACT_SERVICE_ROWS = 1000;

/** How a printed report splits its services between pages and the compact table. */
export interface ServicePages {
  /** services with a page (the platform row `*` first when it has one), in the model's order */
  paged: string[];
  /** the other services ranked by what matters (missed first, then most downtime); empty when all have pages */
  compact: string[];
}

/**
 * Worst first: a service that missed its target over the whole range, then the most downtime, then the lowest
 * availability; ties keep the model's (name) order, so the pick is stable.
 */
function rankByImpact(services: readonly string[], summaries: Map<string | null, LongPeriodFigures[]>): string[] {
  const key = (service: string) => {
    const sum = summaries.get(service)?.[0];
    return {
      missed: sum?.met === false ? 1 : 0,
      downtime: sum?.downtimeMinutes ?? 0,
      availability: sum?.availability ?? 1,
    };
  };
  const keyed = services.map((service, order) => ({ service, order, ...key(service) }));
  keyed.sort(
    (a, b) => b.missed - a.missed || b.downtime - a.downtime || a.availability - b.availability || a.order - b.order,
  );
  return keyed.map((k) => k.service);
}

/**
 * Splits `sections` (the services that would each get a page, `*` included) into the pages a report prints and the
 * compact rest. At most SERVICE_PAGE_LIMIT named services get a page, chosen by rankByImpact; the platform row
 * always keeps its page, as it is the whole platform's picture.
 */
export function servicePages(model: ReportModel, sections: readonly string[]): ServicePages {
  const named = sections.filter((s) => s !== '*');
  if (named.length <= SERVICE_PAGE_LIMIT) return { paged: [...sections], compact: [] };
  const ranked = rankByImpact(named, byService(model.summary));
  const chosen = new Set(ranked.slice(0, SERVICE_PAGE_LIMIT));
  return {
    paged: sections.filter((s) => s === '*' || chosen.has(s)),
    compact: ranked.slice(SERVICE_PAGE_LIMIT),
  };
}
