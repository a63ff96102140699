import { vi } from 'vitest';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../../renderer/src/i18n/en';

/** The app's English strings, as the dashboard reads them through react-i18next. */
export async function englishStrings(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
}

/**
 * Draws markup outside a browser: the charts ask the OS whether to animate, and the markup drawn does not
 * depend on the answer.
 */
export function withoutBrowser<T>(draw: () => T): T {
  vi.stubGlobal('window', { matchMedia: () => ({ matches: true }) });
  try {
    return draw();
  } finally {
    vi.unstubAllGlobals();
  }
}
