import type { PeriodFigures } from '../model/report-model';
import type { Settings } from '../model/settings';
import { parseCompositeExpression } from '../compute/composite-expression';
import { formatAvailability, formatDuration, type Locale } from '../format';

/** Why a composite's real availability differs from the naive product (issue 18 item 3). */
export type CompositeCause = 'series-overlap' | 'series-apart' | 'parallel-overlap' | 'parallel-apart' | 'nested';

export interface CompositeComparison {
  service: string;
  expression: string;
  /** from the composite's outage timeline */
  availability: number | null;
  /** the product of the components' availabilities (PeriodFigures.naiveAvailability) */
  naiveAvailability: number | null;
  /** (real - naive) x the composite's eligible minutes: the downtime the product over- or understates */
  differenceMinutes: number | null;
  cause: CompositeCause;
}

/** The comparison of a composite over one of its rows; null for a service of the log. */
export function compositeComparison(
  composites: Settings['composites'],
  row: PeriodFigures | null | undefined,
): CompositeComparison | null {
  const def = row && composites.find((c) => c.name === row.service);
  if (!row || !def || row.naiveAvailability === undefined) return null;
  const root = parseCompositeExpression(def.expression);
  const { availability, naiveAvailability } = row;
  const differenceMinutes =
    availability === null || naiveAvailability === null
      ? null
      : (availability - naiveAvailability) * row.eligibleMinutes;
  const flat = root.kind !== 'service' && root.parts.every((p) => p.kind === 'service');
  const better = (differenceMinutes ?? 0) > 0;
  const cause: CompositeCause = !flat
    ? 'nested'
    : root.kind === 'series'
      ? better
        ? 'series-overlap'
        : 'series-apart'
      : better
        ? 'parallel-apart'
        : 'parallel-overlap';
  return {
    service: row.service,
    expression: def.expression,
    availability,
    naiveAvailability,
    differenceMinutes,
    cause,
  };
}

/** Why the product misses, in English: the terminal table's words and the English PDF's. */
export const COMPOSITE_CAUSES_EN: Record<CompositeCause, string> = {
  'series-overlap': 'their outages overlapped, and a series loses overlapping time once, not once per component',
  'series-apart': 'their outages overlapped less than independent failures would, so the series lost each in full',
  'parallel-overlap':
    'their outages overlapped more than independent failures would, and a parallel is down exactly then',
  'parallel-apart': 'their outages overlapped less than independent failures would, so the redundancy held',
  nested: 'the product ignores when each outage happened',
};

/** One line for the terminal table and the PDF: both figures, the difference in minutes and why. */
export function compositeComparisonText(c: CompositeComparison, locale: Locale): string {
  const naive = formatAvailability(c.naiveAvailability, locale);
  const real = formatAvailability(c.availability, locale);
  const d = c.differenceMinutes;
  const diff =
    d === null || Math.abs(d) < 0.005
      ? ''
      : `; the product shows ${formatDuration(Math.abs(d), locale)} ${d > 0 ? 'more' : 'less'} downtime than happened: ${COMPOSITE_CAUSES_EN[c.cause]}`;
  return (
    `composite ${c.expression}: ${real} from the outage timelines, ${naive} as the product of its components' ` +
    `availabilities (as if they failed independently)${diff}`
  );
}
