import type { Locale } from '@core/format';

/** Appendices B and C (the incident register, the import diagnostics) and the allowed-downtime table. */
export interface AppendixStrings {
  registerHeading: string;
  registerLead: (shown: string, total: string, leftOut: string) => string;
  diagnosticsHeading: string;
  diagnosticsLead: (shown: string, total: string) => string;
  colMessage: string;
  allowedHeading: string;
  colDay: string;
  colWeek: string;
  colMonth: string;
  colQuarter: string;
  colYear: string;
  allowedCaption: (convention: string, monthDays: string, quarterDays: string, yearDays: string) => string;
}

const en: AppendixStrings = {
  registerHeading: 'Appendix B. Incident register',
  registerLead: (shown, total, leftOut) =>
    shown === total
      ? `All ${total} incidents of the period, in order of start.`
      : `The ${shown} incidents with the largest user impact of ${total}, in order of start. ${leftOut} incidents are left out: the CSV and JSON exports list every one, and a PDF made with the full register (--full-register) prints them all.`,
  diagnosticsHeading: 'Appendix C. Import diagnostics',
  diagnosticsLead: (shown, total) =>
    `${total} problems were found while reading the log; the first ${shown} are listed.`,
  colMessage: 'Problem',
  allowedHeading: 'Allowed downtime per target',
  colDay: 'Day',
  colWeek: 'Week',
  colMonth: 'Month',
  colQuarter: 'Quarter',
  colYear: 'Year',
  allowedCaption: (convention, monthDays, quarterDays, yearDays) =>
    `Allowed downtime = (1 − target) × period length. Month, quarter and year measured as ${convention}: ${monthDays}, ${quarterDays} and ${yearDays} days.`,
};

const id: AppendixStrings = {
  registerHeading: 'Lampiran B. Daftar insiden',
  registerLead: (shown, total, leftOut) =>
    shown === total
      ? `Semua ${total} insiden dalam periode ini, menurut urutan mulai.`
      : `${shown} insiden dengan dampak pengguna terbesar dari ${total}, menurut urutan mulai. ${leftOut} insiden tidak dicantumkan: ekspor CSV dan JSON memuat semuanya, dan PDF dengan daftar lengkap (--full-register) mencetak semuanya.`,
  diagnosticsHeading: 'Lampiran C. Diagnostik impor',
  diagnosticsLead: (shown, total) => `${total} masalah ditemukan saat membaca log; ${shown} yang pertama dicantumkan.`,
  colMessage: 'Masalah',
  allowedHeading: 'Waktu henti yang diizinkan per target',
  colDay: 'Hari',
  colWeek: 'Minggu',
  colMonth: 'Bulan',
  colQuarter: 'Kuartal',
  colYear: 'Tahun',
  allowedCaption: (convention, monthDays, quarterDays, yearDays) =>
    `Waktu henti yang diizinkan = (1 − target) × panjang periode. Bulan, kuartal, dan tahun diukur sebagai ${convention}: ${monthDays}, ${quarterDays}, dan ${yearDays} hari.`,
};

export const APPENDIX_STRINGS: Record<Locale, AppendixStrings> = { en, id };
