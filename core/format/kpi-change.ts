/**
 * A headline figure's change against the previous period (issue 16) as the dashboard and the PDF's page one
 * write it: "▲ 0.05 pp vs previous quarter", in English or Indonesian. A previous period the log does not reach
 * says "no data", never a change from 0.
 */
import type { ComparedKpi, KpiChange, PreviousSpan } from '../report/kpi-changes';
import type { Locale } from './locale';
import { formatAvailability, formatMoney, formatNumber } from './numbers';
import { formatDuration } from './durations';
import { formatUserHours } from './user-impact';

const SPAN_WORDS: Record<Locale, (s: PreviousSpan) => string> = {
  en: (s) =>
    s.unit === 'months' || s.unit === 'days'
      ? `previous ${s.count} ${s.unit === 'days' && s.count === 1 ? 'day' : s.unit}`
      : `previous ${s.unit}`,
  id: (s) =>
    s.unit === 'months'
      ? `${s.count} bulan sebelumnya`
      : s.unit === 'days'
        ? `${s.count} hari sebelumnya`
        : `${{ month: 'bulan', quarter: 'kuartal', year: 'tahun' }[s.unit]} sebelumnya`,
};

/** "previous quarter", "10 hari sebelumnya" */
export function formatPreviousSpan(span: PreviousSpan, locale: Locale): string {
  return SPAN_WORDS[locale](span);
}

/** The size of a change in the figure's unit: percentage points for availability and credit percentages. */
function magnitude(kpi: ComparedKpi, size: number, locale: Locale, currency: string): string {
  switch (kpi) {
    case 'availability':
      // a change of a few thousandths of a point is what separates 99.95 % from 99.99 %: keep it visible
      return `${formatNumber(size * 100, locale, size * 100 < 0.1 ? 4 : 2)} pp`;
    case 'creditPercent':
      return `${formatNumber(size, locale, 2)} pp`;
    case 'creditAmount':
      return formatMoney(size, currency, locale);
    case 'episodes':
      return formatNumber(size, locale, 0);
    case 'userMinutesLost':
      return formatUserHours(size, locale);
    default:
      return formatDuration(size, locale);
  }
}

/** "▲ 0.05 pp vs previous quarter", "= previous quarter", "previous quarter: no data". */
export function formatKpiChange(
  kpi: ComparedKpi,
  c: KpiChange,
  span: PreviousSpan,
  locale: Locale,
  currency = '',
): string {
  const period = formatPreviousSpan(span, locale);
  const id = locale === 'id';
  if (c.previous === null) return id ? `${period}: tidak ada data` : `${period}: no data`;
  // a figure null now (no eligible time, no user base) against a number before: the previous value alone
  if (c.change === null) {
    const before =
      kpi === 'availability' ? formatAvailability(c.previous, locale) : magnitude(kpi, c.previous, locale, currency);
    return `${period}: ${before}`;
  }
  if (c.change === 0) return id ? `sama dengan ${period}` : `same as ${period}`;
  const arrow = c.change > 0 ? '▲' : '▼';
  return `${arrow} ${magnitude(kpi, Math.abs(c.change), locale, currency)} ${id ? 'dibanding' : 'vs'} ${period}`;
}
