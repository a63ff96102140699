import { createContext, useContext } from 'react';
import { formatMonthKey, type Locale } from '@core/format';
import type { PrintModel } from '@core/pdf/print-model';
import type { Paper } from '@core/pdf/print-contract';
import { REPORT_STRINGS, type ReportStrings } from './strings';

/** What every section of the printed report reads: the model, the language and the printable width. */
export interface ReportView {
  model: PrintModel;
  locale: Locale;
  s: ReportStrings;
  timeZone: string;
  paper: Paper;
  /** width between the page margins, for charts sized in millimetres */
  contentWidthMm: number;
  /** the platform row `*` gets a name people read */
  serviceName(service: string | null): string;
  /** "January 2021 – December 2022" */
  rangeLabel: string;
}

export function createReportView(model: PrintModel, paper: Paper, contentWidthMm: number): ReportView {
  const locale = model.settings.report.language;
  const s = REPORT_STRINGS[locale];
  const first = model.monthKeys[0];
  const last = model.monthKeys[model.monthKeys.length - 1];
  const rangeLabel =
    first === undefined || last === undefined
      ? s.notApplicable
      : first === last
        ? formatMonthKey(first, locale, 'long')
        : `${formatMonthKey(first, locale, 'long')} – ${formatMonthKey(last, locale, 'long')}`;
  return {
    model,
    locale,
    s,
    timeZone: model.settings.reportTimeZone,
    paper,
    contentWidthMm,
    serviceName: (service) => (service === null ? s.allServices : service === '*' ? s.platform : service),
    rangeLabel,
  };
}

export const ReportViewContext = createContext<ReportView | null>(null);

export function useReportView(): ReportView {
  const view = useContext(ReportViewContext);
  if (!view) throw new Error('the report sections are drawn inside a ReportViewContext');
  return view;
}
