import { intlTag, type Locale } from './locale';

const cache = new Map<string, Intl.NumberFormat>();
/**
 * Intl.NumberFormat objects are costly to build; tables format thousands of cells. The key is built from the
 * three values, not JSON.stringify of an options object: a table of 50,000 services looks a formatter up over
 * a million times.
 */
function nf(locale: Locale, maxDigits: number, minDigits: number): Intl.NumberFormat {
  const key = `${locale} ${maxDigits} ${minDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), {
      maximumFractionDigits: maxDigits,
      minimumFractionDigits: minDigits,
    });
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, locale: Locale, maxDigits = 2, minDigits = 0): string {
  return nf(locale, maxDigits, minDigits).format(n);
}

/**
 * Money in the currency the user named (SPEC 4 `--currency`, free text such as USD or EUR): two decimals and the
 * code after the figure, "12,345.00 USD"; the figure alone when no currency was named.
 */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const figure = formatNumber(amount, locale, 2, 2);
  return currency ? `${figure} ${currency}` : figure;
}

/**
 * What a period's credits come to: the amount in the currency when a fee is set (SPEC 4: credits become money),
 * else the credit percentages summed over its SLA periods.
 */
export function formatCredit(amount: number | null, percentSum: number, currency: string, locale: Locale): string {
  return amount === null ? formatPercent(percentSum / 100, locale, 0) : formatMoney(amount, currency, locale);
}

/** A fraction as a percentage with fixed decimals: 0.99912 -> "99.912 %" (en) / "99,912 %" (id). */
export function formatPercent(fraction: number | null, locale: Locale, digits = 2): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  return `${formatNumber(fraction * 100, locale, digits, digits)} %`;
}

/**
 * Availability keeps three decimals, more when the figure sits so close to 100 % that three would hide
 * the downtime (99.9996 % must not read as "100.000 %"), and never shows 100 % for a month with downtime.
 */
export function formatAvailability(fraction: number | null, locale: Locale): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  if (fraction >= 1) return formatPercent(1, locale, 3);
  let digits = 3;
  while (digits < 6 && Number((fraction * 100).toFixed(digits)) >= 100) digits++;
  return formatPercent(fraction, locale, digits);
}

/** A target as users write it: 0.999 -> "99.9 %", 0.99995 -> "99.995 %". */
export function formatTarget(fraction: number, locale: Locale): string {
  return `${formatNumber(fraction * 100, locale, 4)} %`;
}

const SCALE_WORDS: Record<Locale, readonly [number, string][]> = {
  en: [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ],
  id: [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ],
};

/**
 * Large counts in words people say: 4.02e9 -> "4.0 billion", 456_000 -> "456 thousand".
 * Two significant figures below 10 of a unit, three at and above, so "4.0" and "456" both read naturally.
 */
export function formatCount(n: number | null, locale: Locale): string {
  // null: a figure that needs a setting not given (user-minutes without a user base)
  if (n === null || !Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  for (const [scale, word] of SCALE_WORDS[locale]) {
    if (abs >= scale * 0.9995 && !(scale === 1e3 && abs < 1e4)) {
      const v = n / scale;
      const digits = Math.abs(v) < 10 ? 1 : 0;
      return `${formatNumber(v, locale, digits, digits)} ${word}`;
    }
  }
  return formatNumber(n, locale, abs < 10 ? 1 : 0);
}

/** Money, messages, orders: a value with its unit, whole numbers once large. */
export function formatRateValue(value: number, unit: string, locale: Locale): string {
  const body =
    Math.abs(value) >= 1e6 ? formatCount(value, locale) : formatNumber(value, locale, Math.abs(value) < 100 ? 2 : 0);
  return unit ? `${body} ${unit}` : body;
}

const SUFFIX: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
  // words, as formatCount writes them in either language, so a figure copied from the screen reads back
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  ribu: 1e3,
  juta: 1e6,
  miliar: 1e9,
  triliun: 1e12,
};

/**
 * Reads a count the way people type one: "2.5B", "2,500,000,000", "300m", "1.2 bn", "2e9".
 * Returns null for anything else, so a form can say what is wrong instead of guessing.
 */
export function parseHumanNumber(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/[\s_]/g, '');
  const m = /^(\d+(?:[.,]\d+)*(?:e\d+)?)([a-z]+)?$/.exec(s);
  if (m?.[2] !== undefined && !Object.hasOwn(SUFFIX, m[2])) return null;
  if (!m) return null;
  let digits = m[1]!;
  // thousands separators: "2,500,000" or "2.500.000"; a single separator followed by 1-2 digits is a decimal
  const groups = digits.split(/[.,]/);
  if (groups.length > 2 || (groups.length === 2 && groups[1]!.length === 3 && !m[2])) digits = groups.join('');
  else digits = digits.replace(',', '.');
  const v = Number(digits) * (m[2] ? SUFFIX[m[2]]! : 1);
  return Number.isFinite(v) ? v : null;
}
