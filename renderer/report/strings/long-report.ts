import type { Locale } from '@core/format';

/**
 * The parts a long or replaying report adds: the compact table of services without a page of their own (issue 19
 * item 4), the rolling-window page and the burn-rate alert page (issue 18 items 1 and 4).
 */
export interface LongReportStrings {
  servicesCounted: (count: string) => string;
  execTableLimited: (paged: string, others: string) => string;
  otherServicesHeading: string;
  otherServicesLead: (total: string, paged: string, others: string) => string;
  otherServicesLeftOut: (shown: string, leftOut: string) => string;
  colDowntime: string;
  colEpisodes: string;
  rollingHeading: string;
  rollingLead: string;
  rollingLeftOut: (shown: string, total: string) => string;
  colWindow: string;
  windowDays: (days: string) => string;
  colWorstWindow: string;
  colWindowEnded: string;
  colBudgetLeftThen: string;
  rollingNoEligible: string;
  alertsHeading: string;
  alertsLead: (rules: string) => string;
  alertRule: (rate: string, long: string, short: string) => string;
  colAlertsFired: string;
  colFirstDelay: string;
  colMeanDelay: string;
  colUncaught: string;
  colUncaughtDowntime: string;
  alertsListHeading: string;
  alertsListLead: (shown: string, total: string) => string;
  colRule: string;
  colFired: string;
  colResolved: string;
  colDelay: string;
  uncaughtHeading: string;
  uncaughtLead: (shown: string, total: string) => string;
  uncaughtNone: string;
  colOutageStart: string;
  colOutageLength: string;
  alertsServicesLeftOut: (shown: string, total: string) => string;
}

const en: LongReportStrings = {
  servicesCounted: (count) => `${count} services`,
  execTableLimited: (paged, others) =>
    `The table lists the platform and the ${paged} services with a page of their own; the other ${others} are under “Services without a page of their own”.`,
  otherServicesHeading: 'Services without a page of their own',
  otherServicesLead: (total, paged, others) =>
    `This report covers ${total} services. A page each goes to the platform and the ${paged} services that matter most: those that missed their target over the whole period, then those with the most downtime. The other ${others} are listed here, one line each, worst first.`,
  otherServicesLeftOut: (shown, leftOut) =>
    `The first ${shown} are listed; ${leftOut} services with less downtime are left out. The CSV and JSON exports list every service.`,
  colDowntime: 'Downtime',
  colEpisodes: 'Outages',
  rollingHeading: 'Rolling windows',
  rollingLead:
    'Availability over each trailing window, taken at the end of every day of the period: the worst window of each service, the day it ended and the error budget left at that point. Worst first.',
  rollingLeftOut: (shown, total) =>
    `The ${shown} worst of ${total} windows are listed; the JSON export (--rolling) has every day of every window.`,
  colWindow: 'Window',
  windowDays: (days) => `${days} days`,
  colWorstWindow: 'Worst availability',
  colWindowEnded: 'Window ended',
  colBudgetLeftThen: 'Budget left then',
  rollingNoEligible: 'no eligible time',
  alertsHeading: 'Burn-rate alerts, replayed',
  alertsLead: (rules) =>
    `The alert rules below replayed over the log: an alert fires while the error budget burns faster than the rule's rate over both its long and its short window. Rules: ${rules}.`,
  alertRule: (rate, long, short) => `${rate}× over ${long} and ${short}`,
  colAlertsFired: 'Alerts fired',
  colFirstDelay: 'Fastest detection',
  colMeanDelay: 'Mean detection delay',
  colUncaught: 'Outages no rule caught',
  colUncaughtDowntime: 'Their length',
  alertsListHeading: 'Alerts',
  alertsListLead: (shown, total) =>
    shown === total
      ? `All ${total} alerts, in order of firing.`
      : `The first ${shown} of ${total} alerts, in order of firing; the JSON export (--burn-rate) lists every one.`,
  colRule: 'Rule',
  colFired: 'Fired',
  colResolved: 'Resolved',
  colDelay: 'Detection delay',
  uncaughtHeading: 'Outages no rule caught',
  uncaughtLead: (shown, total) =>
    shown === total
      ? `All ${total} outages no rule caught, longest first.`
      : `The ${shown} longest of ${total} outages no rule caught; the JSON export lists every one.`,
  uncaughtNone: 'Every outage was caught by at least one rule.',
  colOutageStart: 'Outage began',
  colOutageLength: 'Length',
  alertsServicesLeftOut: (shown, total) =>
    `The ${shown} services with the most outages no rule caught are listed, of ${total}.`,
};

const id: LongReportStrings = {
  servicesCounted: (count) => `${count} layanan`,
  execTableLimited: (paged, others) =>
    `Tabel ini memuat platform dan ${paged} layanan yang memiliki halaman sendiri; ${others} layanan lainnya ada di bagian “Layanan tanpa halaman sendiri”.`,
  otherServicesHeading: 'Layanan tanpa halaman sendiri',
  otherServicesLead: (total, paged, others) =>
    `Laporan ini mencakup ${total} layanan. Satu halaman masing-masing diberikan kepada platform dan ${paged} layanan yang paling penting: yang tidak mencapai targetnya selama seluruh periode, lalu yang waktu hentinya terbanyak. ${others} layanan lainnya dicantumkan di sini, satu baris masing-masing, dari yang terburuk.`,
  otherServicesLeftOut: (shown, leftOut) =>
    `${shown} yang pertama dicantumkan; ${leftOut} layanan dengan waktu henti lebih sedikit tidak dicantumkan. Ekspor CSV dan JSON memuat semua layanan.`,
  colDowntime: 'Waktu henti',
  colEpisodes: 'Gangguan',
  rollingHeading: 'Jendela bergulir',
  rollingLead:
    'Ketersediaan selama setiap jendela ke belakang, diukur pada akhir setiap hari dalam periode: jendela terburuk tiap layanan, hari berakhirnya, dan sisa anggaran kesalahan saat itu. Dari yang terburuk.',
  rollingLeftOut: (shown, total) =>
    `${shown} jendela terburuk dari ${total} dicantumkan; ekspor JSON (--rolling) memuat setiap hari dari setiap jendela.`,
  colWindow: 'Jendela',
  windowDays: (days) => `${days} hari`,
  colWorstWindow: 'Ketersediaan terendah',
  colWindowEnded: 'Jendela berakhir',
  colBudgetLeftThen: 'Sisa anggaran saat itu',
  rollingNoEligible: 'tanpa waktu yang dihitung',
  alertsHeading: 'Peringatan laju pembakaran, diputar ulang',
  alertsLead: (rules) =>
    `Aturan peringatan di bawah ini diputar ulang atas log: peringatan menyala selama anggaran kesalahan terbakar lebih cepat dari laju aturan pada jendela panjang dan jendela pendeknya. Aturan: ${rules}.`,
  alertRule: (rate, long, short) => `${rate}× selama ${long} dan ${short}`,
  colAlertsFired: 'Peringatan menyala',
  colFirstDelay: 'Deteksi tercepat',
  colMeanDelay: 'Rata-rata jeda deteksi',
  colUncaught: 'Gangguan tanpa peringatan',
  colUncaughtDowntime: 'Lamanya',
  alertsListHeading: 'Peringatan',
  alertsListLead: (shown, total) =>
    shown === total
      ? `Semua ${total} peringatan, menurut urutan menyala.`
      : `${shown} dari ${total} peringatan yang pertama, menurut urutan menyala; ekspor JSON (--burn-rate) memuat semuanya.`,
  colRule: 'Aturan',
  colFired: 'Menyala',
  colResolved: 'Selesai',
  colDelay: 'Jeda deteksi',
  uncaughtHeading: 'Gangguan tanpa peringatan',
  uncaughtLead: (shown, total) =>
    shown === total
      ? `Semua ${total} gangguan yang tidak tertangkap aturan mana pun, dari yang terlama.`
      : `${shown} gangguan terlama dari ${total} yang tidak tertangkap aturan mana pun; ekspor JSON memuat semuanya.`,
  uncaughtNone: 'Setiap gangguan tertangkap oleh sedikitnya satu aturan.',
  colOutageStart: 'Gangguan mulai',
  colOutageLength: 'Lamanya',
  alertsServicesLeftOut: (shown, total) =>
    `${shown} layanan dengan gangguan tanpa peringatan terbanyak dicantumkan, dari ${total}.`,
};

export const LONG_REPORT_STRINGS: Record<Locale, LongReportStrings> = { en, id };
