import type { Locale } from '@core/format';
import type { StatusDayWorst } from '@core/model/report-model';
import { en } from '../../src/i18n/en';
import { id } from '../../src/i18n/id';

/** The printed status bar (issue 18 item 6): its heading, legend and caption. */
export interface StatusBarStrings {
  heading: (days: string) => string;
  worst: Record<StatusDayWorst, string>;
  caption: (from: string, to: string, zone: string, outageDays: string) => string;
  worstDay: (date: string, downtime: string) => string;
}

export const STATUS_BAR_STRINGS: Record<Locale, StatusBarStrings> = {
  en: {
    heading: (days) => `Last ${days} days`,
    // the dashboard's words for the same days
    worst: en.status.worst,
    caption: (from, to, zone, outageDays) =>
      `Each day from ${from} to ${to} (${zone}) coloured by the worst it saw; ${outageDays} with an outage.`,
    worstDay: (date, downtime) => `Most downtime: ${date} (${downtime}).`,
  },
  id: {
    heading: (days) => `${days} hari terakhir`,
    worst: id.status.worst,
    caption: (from, to, zone, outageDays) =>
      `Setiap hari dari ${from} s.d. ${to} (${zone}) diwarnai menurut kondisi terburuknya; ${outageDays} dengan gangguan.`,
    worstDay: (date, downtime) => `Waktu henti terbanyak: ${date} (${downtime}).`,
  },
};
