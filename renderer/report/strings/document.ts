import type { Locale } from '@core/format';

/** The document's title, its cover page (sources and settings in force) and the page furniture. */
export interface DocumentStrings {
  documentTitle: string;
  coverKicker: string;
  coverTitle: string;
  platform: string;
  serviceHeading: (name: string) => string;
  summaryHeading: string;
  services: string;
  range: string;
  timeZone: string;
  /** docs/spec.md 5d: the calendar, when it is not 24x7 */
  businessHours: string;
  generatedAt: string;
  sourceFile: string;
  sha256: string;
  logFormat: string;
  recordsRead: (records: string, skipped: string) => string;
  settingsHeading: string;
  settingTargets: string;
  targetDefault: (t: string) => string;
  settingWeights: string;
  weightsValue: (major: string, partial: string, degraded: string) => string;
  settingMaintenance: string;
  maintenanceExcluded: string;
  maintenanceCounted: string;
  settingUsers: string;
  settingRegionShares: string;
  settingRates: string;
  perMinute: string;
  settingCredits: string;
  creditTier: (below: string, credit: string) => string;
  creditsNone: string;
  settingMonthConvention: string;
  monthConvention: Record<'calendar' | '30d' | '30.44d' | '365d', string>;
  settingInputTimeZone: string;
  none: string;
  coverNote: string;
  preparedFor: (customer: string) => string;
  /** the cover logo's alternative text (the tagged PDF reads it) */
  coverLogoAlt: string;
  aboutHeading: string;
  assumptionsHeading: string;
  assumptionsLead: string;
  assumptionsNone: string;
  pageOf: { page: string; of: string };
  confidential: string;
}

const en: DocumentStrings = {
  documentTitle: 'Service level report',
  coverKicker: 'Service level report',
  coverTitle: 'Availability, error budgets and user impact',
  platform: 'All services (platform)',
  serviceHeading: (name) => `Service: ${name}`,
  summaryHeading: 'Report summary',
  services: 'Services',
  range: 'Reporting period',
  timeZone: 'Time zone',
  businessHours: 'Business hours',
  generatedAt: 'Generated at',
  sourceFile: 'Source file',
  sha256: 'SHA-256',
  logFormat: 'Log format',
  recordsRead: (records, skipped) => `${records} records read, ${skipped} rows skipped`,
  settingsHeading: 'Settings in force',
  settingTargets: 'Availability targets',
  targetDefault: (t) => `default ${t}`,
  settingWeights: 'Severity weights',
  weightsValue: (major, partial, degraded) => `major ${major}, partial ${partial}, degraded ${degraded}`,
  settingMaintenance: 'Planned maintenance',
  maintenanceExcluded: 'excluded from eligible time',
  maintenanceCounted: 'counted as downtime (weight 1)',
  settingUsers: 'Users',
  settingRegionShares: 'Region shares of users',
  settingRates: 'Impact rates',
  perMinute: 'per minute of full outage',
  settingCredits: 'Service credit tiers',
  creditTier: (below, credit) => `below ${below}: ${credit}`,
  creditsNone: 'none',
  settingMonthConvention: 'Month length (allowed downtime)',
  monthConvention: {
    calendar: 'calendar months',
    '30d': '30 days',
    '30.44d': '30.44 days (365.25 / 12)',
    '365d': '365-day year',
  },
  settingInputTimeZone: 'Time zone of timestamps without offset',
  none: 'none',
  coverNote:
    'Every figure in this report is computed from the log identified above (its SHA-256 lets anyone check they hold the same file) with the settings listed, by the rules in Appendix A. Months are calendar months in the time zone shown; availability counts eligible time only, user impact counts all time.',
  preparedFor: (customer) => `Prepared for ${customer}`,
  coverLogoAlt: 'Organisation logo',
  aboutHeading: 'About this report',
  assumptionsHeading: 'Assumptions made while reading the log',
  assumptionsLead:
    'Where the log left something open, the import decided as follows; each decision shapes the figures.',
  assumptionsNone: 'The import made no assumptions: every record said what it meant.',
  pageOf: { page: 'Page', of: 'of' },
  confidential: 'Confidential',
};

const id: DocumentStrings = {
  documentTitle: 'Laporan tingkat layanan',
  coverKicker: 'Laporan tingkat layanan',
  coverTitle: 'Ketersediaan, anggaran kesalahan, dan dampak pada pengguna',
  platform: 'Semua layanan (platform)',
  serviceHeading: (name) => `Layanan: ${name}`,
  summaryHeading: 'Ringkasan laporan',
  services: 'Layanan',
  range: 'Periode laporan',
  timeZone: 'Zona waktu',
  businessHours: 'Jam layanan',
  generatedAt: 'Dibuat pada',
  sourceFile: 'Berkas sumber',
  sha256: 'SHA-256',
  logFormat: 'Format log',
  recordsRead: (records, skipped) => `${records} catatan dibaca, ${skipped} baris dilewati`,
  settingsHeading: 'Pengaturan yang berlaku',
  settingTargets: 'Target ketersediaan',
  targetDefault: (t) => `bawaan ${t}`,
  settingWeights: 'Bobot tingkat keparahan',
  weightsValue: (major, partial, degraded) => `total ${major}, sebagian ${partial}, menurun ${degraded}`,
  settingMaintenance: 'Pemeliharaan terjadwal',
  maintenanceExcluded: 'tidak dihitung dalam waktu layanan',
  maintenanceCounted: 'dihitung sebagai waktu henti (bobot 1)',
  settingUsers: 'Pengguna',
  settingRegionShares: 'Porsi pengguna per wilayah',
  settingRates: 'Tarif dampak',
  perMinute: 'per menit gangguan total',
  settingCredits: 'Tingkat kredit layanan',
  creditTier: (below, credit) => `di bawah ${below}: ${credit}`,
  creditsNone: 'tidak ada',
  settingMonthConvention: 'Panjang bulan (waktu henti yang diizinkan)',
  monthConvention: {
    calendar: 'bulan kalender',
    '30d': '30 hari',
    '30.44d': '30,44 hari (365,25 / 12)',
    '365d': 'tahun 365 hari',
  },
  settingInputTimeZone: 'Zona waktu stempel waktu tanpa offset',
  none: 'tidak ada',
  coverNote:
    'Setiap angka dalam laporan ini dihitung dari log yang disebutkan di atas (SHA-256-nya memungkinkan siapa pun memastikan bahwa berkasnya sama) dengan pengaturan yang tercantum, menurut aturan di Lampiran A. Bulan adalah bulan kalender dalam zona waktu yang ditampilkan; ketersediaan hanya menghitung waktu layanan, dampak pengguna menghitung seluruh waktu.',
  preparedFor: (customer) => `Disiapkan untuk ${customer}`,
  coverLogoAlt: 'Logo organisasi',
  aboutHeading: 'Tentang laporan ini',
  assumptionsHeading: 'Asumsi saat membaca log',
  assumptionsLead:
    'Di mana log tidak menjelaskan sesuatu, impor memutuskan sebagai berikut; setiap keputusan memengaruhi angka.',
  assumptionsNone: 'Impor tidak membuat asumsi: setiap catatan menyatakan maksudnya.',
  pageOf: { page: 'Halaman', of: 'dari' },
  confidential: 'Rahasia',
};

export const DOCUMENT_STRINGS: Record<Locale, DocumentStrings> = { en, id };
