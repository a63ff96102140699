import { formatCountOf, type Locale, type MetWords } from '../format';

/** Every word of the terminal table and of Markdown, in both languages `--lang` offers. */
export interface TextStrings {
  columns: {
    month: string;
    availability: string;
    target: string;
    met: string;
    downtime: string;
    budgetLeft: string;
    credit: string;
    episodes: string;
    userHoursLost: string;
  };
  title: string;
  records: (records: number, skipped: number) => string;
  /** "2022-01 to 2022-12" */
  range: (first: string, last: string) => string;
  timeZone: (zone: string) => string;
  /** docs/spec.md 5d: "business hours: Mon-Fri 09:00-17:00 (Europe/Berlin), 3 holidays" */
  businessHours: (calendar: string) => string;
  holidays: (count: number) => string;
  users: (count: string) => string;
  noUserBase: string;
  maintenance: (counted: boolean) => string;
  weights: (partial: string, degraded: string) => string;
  credits: (preset: string) => string;
  creditPresetNone: string;
  creditPresetCustom: string;
  platform: string;
  platformShort: string;
  service: (name: string) => string;
  total: string;
  mttr: string;
  longest: string;
  userImpact: string;
  sampleAvailability: string;
  diagnostics: string;
  firstShown: (shown: number) => string;
  line: (line: number) => string;
  terminalMet: MetWords;
  markdownMet: MetWords;
  markdownService: string;
  markdownUserImpact: string;
  shape: { interval: string; status: string };
}

export const TEXT_STRINGS: Record<Locale, TextStrings> = {
  en: {
    columns: {
      month: 'Month',
      availability: 'Availability',
      target: 'Target',
      met: 'Met',
      downtime: 'Downtime',
      budgetLeft: 'Budget left',
      credit: 'Credit',
      episodes: 'Episodes',
      userHoursLost: 'User-hours lost',
    },
    title: 'SLA report',
    records: (records, skipped) =>
      `${formatCountOf(records, { one: 'record', other: 'records' }, 'en')}, ${formatCountOf(skipped, { one: 'row', other: 'rows' }, 'en')} skipped`,
    range: (first, last) => `${first} to ${last}`,
    timeZone: (zone) => `time zone ${zone}`,
    businessHours: (calendar) => `business hours: ${calendar}`,
    holidays: (n) => formatCountOf(n, { one: 'holiday', other: 'holidays' }, 'en'),
    users: (count) => `${count} users`,
    noUserBase: 'no user base set',
    maintenance: (counted) => `maintenance ${counted ? 'counted as downtime' : 'excluded'}`,
    weights: (partial, degraded) => `weights partial ${partial}, degraded ${degraded}`,
    credits: (preset) => `credits ${preset}`,
    creditPresetNone: 'none',
    creditPresetCustom: 'custom tiers',
    platform: 'All services (platform)',
    platformShort: 'All services',
    service: (name) => `Service: ${name}`,
    total: 'Total',
    mttr: 'MTTR',
    longest: 'longest',
    userImpact: 'user impact',
    sampleAvailability: 'sample availability',
    diagnostics: 'Diagnostics',
    firstShown: (shown) => `first ${shown} shown`,
    line: (line) => `line ${line}`,
    terminalMet: { met: 'yes', missed: 'NO', none: '—' },
    markdownMet: { met: '✅ met', missed: '❌ missed', none: '—' },
    markdownService: 'Service',
    markdownUserImpact: 'User impact',
    shape: { interval: 'interval log', status: 'status log' },
  },
  id: {
    columns: {
      month: 'Bulan',
      availability: 'Ketersediaan',
      target: 'Target',
      met: 'Tercapai',
      downtime: 'Waktu henti',
      budgetLeft: 'Sisa anggaran',
      credit: 'Kredit',
      episodes: 'Episode',
      userHoursLost: 'Jam-pengguna hilang',
    },
    title: 'Laporan SLA',
    records: (records, skipped) =>
      `${formatCountOf(records, { other: 'catatan' }, 'id')}, ${formatCountOf(skipped, { other: 'baris' }, 'id')} dilewati`,
    range: (first, last) => `${first} hingga ${last}`,
    timeZone: (zone) => `zona waktu ${zone}`,
    businessHours: (calendar) => `jam layanan: ${calendar}`,
    holidays: (n) => formatCountOf(n, { other: 'hari libur' }, 'id'),
    users: (count) => `${count} pengguna`,
    noUserBase: 'jumlah pengguna belum diatur',
    maintenance: (counted) => `pemeliharaan ${counted ? 'dihitung sebagai waktu henti' : 'dikecualikan'}`,
    weights: (partial, degraded) => `bobot sebagian ${partial}, menurun ${degraded}`,
    credits: (preset) => `kredit ${preset}`,
    creditPresetNone: 'tidak ada',
    creditPresetCustom: 'tingkat sendiri',
    platform: 'Semua layanan (platform)',
    platformShort: 'Semua layanan',
    service: (name) => `Layanan: ${name}`,
    total: 'Total',
    mttr: 'MTTR',
    longest: 'terlama',
    userImpact: 'dampak pengguna',
    sampleAvailability: 'ketersediaan sampel',
    diagnostics: 'Diagnostik',
    firstShown: (shown) => `${shown} pertama ditampilkan`,
    line: (line) => `baris ${line}`,
    terminalMet: { met: 'ya', missed: 'TIDAK', none: '—' },
    markdownMet: { met: '✅ tercapai', missed: '❌ tidak tercapai', none: '—' },
    markdownService: 'Layanan',
    markdownUserImpact: 'Dampak pengguna',
    shape: { interval: 'log interval', status: 'log status' },
  },
};
