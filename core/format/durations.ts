import { formatNumber } from './numbers';
import type { Locale } from './locale';

const UNITS: Record<Locale, { d: string; h: string; min: string; s: string }> = {
  en: { d: 'd', h: 'h', min: 'min', s: 's' },
  id: { d: 'hr', h: 'j', min: 'mnt', s: 'dtk' },
};

/**
 * Minutes as a person reads an outage: "45 s", "1 min 26 s", "12 min", "2 h 05 min", "1 d 3 h 44 min".
 * To the minute from an hour up, to the second under an hour (the nines table's "1 min 26 s" is what peers
 * print, "1.4 min" makes the reader multiply). A unit that is zero is left out ("3 d 4 h", "2 h"), except the
 * minutes after hours, which keep two digits so a column of durations lines up.
 */
export function formatDuration(minutes: number, locale: Locale): string {
  if (!Number.isFinite(minutes)) return '—';
  const u = UNITS[locale];
  const sign = minutes < 0 ? '−' : '';
  const m = Math.abs(minutes);
  if (m === 0) return `0 ${u.min}`;
  // under ten seconds a tenth still says something (a 0.4 s blip is not "0 s")
  if (m < 1 / 6) return `${sign}${formatNumber(m * 60, locale, 1)} ${u.s}`;
  const totalSeconds = Math.round(m * 60);
  if (totalSeconds < 3600) {
    const min = Math.floor(totalSeconds / 60);
    const s = totalSeconds % 60;
    const parts = [min > 0 ? `${min} ${u.min}` : '', s > 0 ? `${s} ${u.s}` : ''].filter(Boolean);
    return sign + parts.join(' ');
  }
  const totalMin = Math.round(m);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const mm = totalMin % 60;
  const parts: string[] = [];
  if (d > 0) parts.push(`${d} ${u.d}`);
  if (h > 0) parts.push(`${h} ${u.h}`);
  if (mm > 0) parts.push(`${h > 0 ? String(mm).padStart(2, '0') : mm} ${u.min}`);
  return sign + parts.join(' ');
}
