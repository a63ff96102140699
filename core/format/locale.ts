/** The languages the app, the PDF and the CLI speak. */
export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tag for Intl: Indonesian uses a comma for decimals and a dot for thousands. */
export function intlTag(locale: Locale): string {
  return locale === 'id' ? 'id-ID' : 'en-US';
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}
