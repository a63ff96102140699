import { vi } from 'vitest';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { en } from '../../renderer/src/i18n/en';
import { Overview } from '../../renderer/src/views/Overview';
import { ExecutiveSummary } from '../../renderer/report/ExecutiveSummary';
import { createReportView, ReportViewContext } from '../../renderer/report/report-context';
import type { ReportModel } from '../../core/model/report-model';

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

/** A service's dashboard (Overview) and the PDF's page one, drawn from one model as markup. */
export function dashboardAndPageOne(model: ReportModel, service = '*'): { dashboard: string; pdf: string } {
  return withoutBrowser(() => ({
    dashboard: renderToStaticMarkup(
      createElement(Overview, { model, service, onService: () => {}, onUsers: () => {}, theme: 'light' }),
    ),
    pdf: renderToStaticMarkup(
      createElement(ReportViewContext, { value: createReportView(model, 'A4', 180) }, createElement(ExecutiveSummary)),
    ),
  }));
}
