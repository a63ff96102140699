import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '@core/format';
import { en } from './en';
import { id } from './id';

const STORAGE_KEY = 'sla.language';

/** The user's explicit choice, if any; otherwise the app follows the OS language. */
function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

/** Bahasa Indonesia when the OS prefers it ("id", "id-ID", legacy "in"), English otherwise. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export function initI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: storedLocale() ?? localeFromLanguages(navigator.languages),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => (document.documentElement.lang = lng));
}

/** Follow the OS languages the main process reports, unless the user picked a language in the app. */
export function followOsLanguages(languages: readonly string[]): void {
  if (storedLocale() === null && languages.length > 0) void i18next.changeLanguage(localeFromLanguages(languages));
}

export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage unavailable: the choice lasts for this session
  }
  void i18next.changeLanguage(locale);
}

/** The current UI locale, re-rendering on change. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'en';
}
