import type { Locale } from '@core/format';
import { DOCUMENT_STRINGS, type DocumentStrings } from './document';
import { SUMMARY_STRINGS, type SummaryStrings } from './summary';
import { SERVICE_STRINGS, type ServiceStrings } from './service';
import { INCIDENT_STRINGS, type IncidentStrings } from './incidents';
import { METHODOLOGY_STRINGS, type MethodologyStrings } from './methodology';
import { APPENDIX_STRINGS, type AppendixStrings } from './appendices';
import { LONG_REPORT_STRINGS, type LongReportStrings } from './long-report';

export type { FormulaParams } from './methodology';

/**
 * Every word the printed report uses, in English and Bahasa Indonesia, one file per part of the report. Figures are
 * never written here: the callers format them with core/format (the same helpers the screen uses) and pass them in
 * as strings.
 */
export type ReportStrings = DocumentStrings &
  SummaryStrings &
  ServiceStrings &
  IncidentStrings &
  MethodologyStrings &
  AppendixStrings &
  LongReportStrings;

function strings(locale: Locale): ReportStrings {
  return {
    ...DOCUMENT_STRINGS[locale],
    ...SUMMARY_STRINGS[locale],
    ...SERVICE_STRINGS[locale],
    ...INCIDENT_STRINGS[locale],
    ...METHODOLOGY_STRINGS[locale],
    ...APPENDIX_STRINGS[locale],
    ...LONG_REPORT_STRINGS[locale],
  };
}

export const REPORT_STRINGS: Record<Locale, ReportStrings> = { en: strings('en'), id: strings('id') };
