import { intlTag, type Locale } from './locale';

const cache = new Map<string, Intl.DateTimeFormat>();
function df(locale: Locale, timeZone: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), { ...opts, timeZone });
    cache.set(key, f);
  }
  return f;
}

/** An instant in the report zone, to the minute, with the zone's abbreviation so nobody guesses: "25 Oct 2022, 07:02 UTC". */
export function formatDateTime(ms: number, timeZone: string, locale: Locale): string {
  if (!Number.isFinite(ms)) return '—';
  return df(locale, timeZone, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(ms);
}

/** A "YYYY-MM" month key as a label: "Oct 2022" / "Okt 2022". */
export function formatMonthKey(key: string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const [y, m] = key.split('-').map(Number);
  if (!y || !m) return key;
  return df(locale, 'UTC', { year: 'numeric', month: style }).format(Date.UTC(y, m - 1, 15));
}
