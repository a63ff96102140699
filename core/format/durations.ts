import { formatNumber } from './numbers';
import type { Locale } from './locale';

const UNITS: Record<Locale, { d: string; h: string; min: string; s: string }> = {
  en: { d: 'd', h: 'h', min: 'min', s: 's' },
  id: { d: 'hr', h: 'j', min: 'mnt', s: 'dtk' },
};

/**
 * Minutes as a person reads an outage: "45 s", "12 min", "2 h 05 min", "3 d 4 h".
 * Seconds only under a minute; two units at most, because "3 d 4 h 12 min 9 s" is noise in a report.
 */
export function formatDuration(minutes: number, locale: Locale): string {
  if (!Number.isFinite(minutes)) return '—';
  const u = UNITS[locale];
  const sign = minutes < 0 ? '−' : '';
  const m = Math.abs(minutes);
  if (m === 0) return `0 ${u.min}`;
  if (m < 1) return `${sign}${formatNumber(m * 60, locale, m * 60 < 10 ? 1 : 0)} ${u.s}`;
  if (m < 60) return `${sign}${formatNumber(m, locale, m < 10 ? 1 : 0)} ${u.min}`;
  const totalMin = Math.round(m);
  if (totalMin < 24 * 60) {
    const h = Math.floor(totalMin / 60);
    const mm = totalMin % 60;
    return `${sign}${h} ${u.h} ${String(mm).padStart(2, '0')} ${u.min}`;
  }
  const totalH = Math.round(m / 60);
  const d = Math.floor(totalH / 24);
  const h = totalH % 24;
  return h === 0 ? `${sign}${d} ${u.d}` : `${sign}${d} ${u.d} ${h} ${u.h}`;
}
