import { intlTag, type Locale } from './locale';
import { formatNumber } from './numbers';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * A count with its noun in the language's plural form: "1 outage", "2 outages"; Indonesian nouns do not
 * inflect ("1 gangguan", "2 gangguan"), which Intl.PluralRules says by giving 'other' for every count.
 * `forms` holds the noun per plural category; 'other' is the fallback every language has.
 */
export function formatCountOf(
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  locale: Locale,
  digits = 0,
): string {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(intlTag(locale));
    rules.set(locale, r);
  }
  const noun = forms[r.select(n)] ?? forms.other;
  return `${formatNumber(n, locale, digits)} ${noun}`;
}
