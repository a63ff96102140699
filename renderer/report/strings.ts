import type { Locale } from '@core/format';
import type { Severity } from '@core/model/records';

/**
 * Every word the printed report uses, in English and Bahasa Indonesia. Figures are never written here: the
 * callers format them with core/format (the same helpers the screen uses) and pass them in as strings.
 */
export interface ReportStrings {
  documentTitle: string;
  coverKicker: string;
  coverTitle: string;
  platform: string;
  serviceHeading: (name: string) => string;

  // cover
  summaryHeading: string;
  services: string;
  range: string;
  timeZone: string;
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

  // executive summary
  execHeading: string;
  execLead: (range: string, availability: string, target: string, met: boolean) => string;
  execTableHeading: string;
  colService: string;
  colAvailability: string;
  colTarget: string;
  colResult: string;
  colMonthsMet: string;
  colBudgetLeft: string;
  colCredits: string;
  colUserImpact: string;
  monthsMetValue: (met: string, of: string) => string;
  budgetLeftShare: (share: string) => string;
  budgetOverspent: (share: string) => string;
  creditsExplained: string;
  kpiAvailability: string;
  kpiMonthsMet: string;
  kpiBudgetLeft: string;
  kpiCredits: string;
  kpiUserImpact: string;
  kpiVsTarget: (target: string) => string;
  kpiBudgetOf: (budget: string) => string;
  kpiMonthsMissed: (missed: string) => string;
  kpiCreditsMonths: (months: string) => string;
  worstHeading: string;
  worstSentence: (p: {
    when: string;
    severity: string;
    service: string;
    region: string | null;
    duration: string;
    share: string;
    userHours: string;
    title: string | null;
  }) => string;
  noIncidents: string;
  met: string;
  missed: string;
  notApplicable: string;

  // per service
  monthlyHeading: string;
  colPeriod: string;
  colEligible: string;
  colDowntime: string;
  colMet: string;
  colBudgetLeftShort: string;
  colCredit: string;
  colUserMinutes: string;
  colSampleAvailability: string;
  wholeRange: string;
  chartAvailabilityHeading: string;
  chartAvailabilityCaption: (target: string) => string;
  chartBurnHeading: string;
  chartBurnCaption: (budget: string) => string;
  chartImpactHeading: string;
  chartImpactCaption: string;
  legendAvailability: string;
  legendTarget: string;
  legendBudgetRemaining: string;
  legendUserHours: string;
  burnStart: string;
  impactRatesHeading: string;
  outagesHeading: string;
  episodes: string;
  mttr: string;
  longestEpisode: string;

  // incidents
  topIncidentsHeading: string;
  topIncidentsLead: (shown: string, total: string) => string;
  colRank: string;
  colStart: string;
  colSeverity: string;
  colDuration: string;
  colAffected: string;
  colUserHours: string;
  colTitle: string;
  colRegion: string;
  colLine: string;
  allServices: string;
  ongoing: string;
  severity: Record<Severity, string>;

  // appendices
  methodologyHeading: string;
  methodologyLead: string;
  registerHeading: string;
  registerLead: (shown: string, total: string) => string;
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
  formulas: (p: FormulaParams) => { term: string; formula: string; note: string }[];

  // page furniture
  pageOf: { page: string; of: string };
  confidential: string;
}

/** Settings values the methodology text quotes, already formatted. */
export interface FormulaParams {
  timeZone: string;
  partialWeight: string;
  degradedWeight: string;
  users: string;
  maintenanceCounted: boolean;
  creditTiers: string;
  /** a status log: its samples give a second availability */
  statusLog: boolean;
}

const en: ReportStrings = {
  documentTitle: 'Service level report',
  coverKicker: 'Service level report',
  coverTitle: 'Availability, error budgets and user impact',
  platform: 'All services (platform)',
  serviceHeading: (name) => `Service: ${name}`,

  summaryHeading: 'Report summary',
  services: 'Services',
  range: 'Reporting period',
  timeZone: 'Time zone',
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

  execHeading: 'Executive summary',
  execLead: (range, availability, target, met) =>
    `Over ${range}, the platform as a whole was available ${availability} of eligible time against a target of ${target}: the target was ${met ? 'met' : 'missed'}.`,
  execTableHeading: 'Availability against target, whole period',
  colService: 'Service',
  colAvailability: 'Availability',
  colTarget: 'Target',
  colResult: 'Result',
  colMonthsMet: 'Months met',
  colBudgetLeft: 'Error budget left',
  colCredits: 'Credits owed',
  colUserImpact: 'User impact',
  monthsMetValue: (met, of) => `${met} of ${of}`,
  budgetLeftShare: (share) => `${share} of budget`,
  budgetOverspent: (share) => `${share} over budget`,
  creditsExplained:
    'Credits owed are the sum of the monthly credit percentages (each a share of that month’s fee) under the credit tiers in force.',
  kpiAvailability: 'Availability',
  kpiMonthsMet: 'Months on target',
  kpiBudgetLeft: 'Error budget left',
  kpiCredits: 'Credits owed',
  kpiUserImpact: 'User impact',
  kpiVsTarget: (target) => `target ${target}`,
  kpiBudgetOf: (budget) => `of ${budget}`,
  kpiMonthsMissed: (missed) => `${missed} missed`,
  kpiCreditsMonths: (months) => `${months} ${months === '1' ? 'month' : 'months'} with a credit`,
  worstHeading: 'Worst incidents',
  worstSentence: (p) =>
    `${p.when}: ${p.severity.toLowerCase()} of ${p.service}${p.region ? ` in ${p.region}` : ''} for ${p.duration}, affecting ${p.share} of users, ${p.userHours} lost${p.title ? ` (“${p.title}”)` : ''}.`,
  noIncidents: 'No incident in the reporting period.',
  met: 'Met',
  missed: 'Missed',
  notApplicable: '—',

  monthlyHeading: 'Monthly figures',
  colPeriod: 'Period',
  colEligible: 'Eligible',
  colDowntime: 'Downtime',
  colMet: 'Met',
  colBudgetLeftShort: 'Budget left',
  colCredit: 'Credit',
  colUserMinutes: 'User-minutes',
  colSampleAvailability: 'By samples',
  wholeRange: 'Whole period',
  chartAvailabilityHeading: 'Availability against target',
  chartAvailabilityCaption: (target) =>
    `Monthly availability; the dashed line is the target of ${target}. Red bars missed the target.`,
  chartBurnHeading: 'Error budget burn-down',
  chartBurnCaption: (budget) =>
    `Error budget left for the whole period (${budget} allowed), after each month’s downtime. Below zero the budget is overspent.`,
  chartImpactHeading: 'User impact',
  chartImpactCaption: 'User-hours lost per month: users × time × share of users affected.',
  legendAvailability: 'Availability',
  legendTarget: 'Target',
  legendBudgetRemaining: 'Budget left',
  legendUserHours: 'User-hours lost',
  burnStart: 'Start',
  impactRatesHeading: 'Business impact over the period',
  outagesHeading: 'Outages over the period',
  episodes: 'episodes',
  mttr: 'mean time to recover',
  longestEpisode: 'longest',

  topIncidentsHeading: 'Top incidents by user impact',
  topIncidentsLead: (shown, total) =>
    `The ${shown} incidents with the largest user impact of ${total} in the period. User-hours count each incident alone, before overlapping incidents are merged.`,
  colRank: '#',
  colStart: 'Start',
  colSeverity: 'Severity',
  colDuration: 'Duration',
  colAffected: 'Affected',
  colUserHours: 'User-hours',
  colTitle: 'Incident',
  colRegion: 'Region',
  colLine: 'Line',
  allServices: 'all services',
  ongoing: 'ongoing',
  severity: {
    major: 'Major outage',
    partial: 'Partial outage',
    degraded: 'Degraded performance',
    maintenance: 'Maintenance',
  },

  methodologyHeading: 'Appendix A. Methodology',
  methodologyLead:
    'Every figure in this report follows from the log and the settings in force (page 1) by these rules, so any figure can be recomputed by hand. For a service s and a calendar month m = [m0, m1) in the report time zone, the records of s are its own records plus platform-wide ones. Nothing is rounded before display.',
  registerHeading: 'Appendix B. Incident register',
  registerLead: (shown, total) =>
    shown === total
      ? `All ${total} incidents of the period, in order of start.`
      : `The ${shown} incidents with the largest user impact of ${total}, in order of start; the full list is in the CSV and JSON exports.`,
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
  formulas: (p) => [
    {
      term: 'Weight w(t)',
      formula: 'w(t) = max weight of the non-maintenance records active at t (start ≤ t < end); 0 if none',
      note: `Weights: major 1, partial ${p.partialWeight}, degraded ${p.degradedWeight}.`,
    },
    {
      term: 'Period',
      formula: 'periodMinutes = m1 − m0',
      note: `Real elapsed time of the calendar month in ${p.timeZone}, so months with a clock change are an hour shorter or longer.`,
    },
    p.maintenanceCounted
      ? {
          term: 'Eligible time',
          formula: 'eligibleMinutes = periodMinutes',
          note: 'Maintenance is counted as downtime with weight 1 (setting in force).',
        }
      : {
          term: 'Eligible time',
          formula: 'eligibleMinutes = periodMinutes − |maintenance ∩ m|',
          note: 'Planned maintenance is excluded from eligible time (setting in force). For the platform row only platform-wide maintenance counts.',
        },
    {
      term: 'Downtime',
      formula: p.maintenanceCounted
        ? 'downtimeMinutes = ∫ over m of max(w(t), 1 if in maintenance) dt'
        : 'downtimeMinutes = ∫ over m outside maintenance of w(t) dt',
      note: 'Overlapping incidents count once, at the heaviest weight active.',
    },
    {
      term: 'Availability',
      formula: 'availability = 1 − downtimeMinutes / eligibleMinutes',
      note: 'Not defined (—) when the eligible time is zero. Met when availability ≥ target: an exact tie is met.',
    },
    {
      term: 'Error budget',
      formula: 'budgetMinutes = (1 − target) × eligibleMinutes;  budget left = budgetMinutes − downtimeMinutes',
      note: 'Negative when the budget is overspent; share consumed = downtimeMinutes / budgetMinutes.',
    },
    {
      term: 'Service credit',
      formula: 'credit = credit % of the lowest tier threshold that availability (in %) is strictly below; 0 if none',
      note: `Tiers in force: ${p.creditTiers}.`,
    },
    {
      term: 'Episodes and recovery',
      formula: 'episode = a maximal stretch of time with w(t) > 0;  mean time to recover = mean episode length',
      note: 'Touching or overlapping records form one episode; an episode crossing a month is counted once per period.',
    },
    {
      term: 'Share of users affected f(r)',
      formula: 'f(r) = the record’s affected share, else its region’s share, else its severity weight',
      note: 'Maintenance affects no users (0).',
    },
    {
      term: 'Users affected F(t)',
      formula: 'F(t) = min(1, max(G(t), Σ over regions g of max f(r) of active records of g))',
      note: 'G(t) = max f(r) over active records without a region.',
    },
    {
      term: 'User impact',
      formula: 'userMinutesLost = users × ∫ over m of F(t) dt;  user-hours = userMinutesLost / 60',
      note: `Users: ${p.users}. Measured over the whole month, maintenance windows included. Person-years divide user-minutes by 525,960 (365.25 days).`,
    },
    {
      term: 'Business impact',
      formula: 'impact = rate per minute × ∫ over m of F(t) dt',
      note: 'Minutes of full-outage equivalent times the value lost per minute.',
    },
    ...(p.statusLog
      ? [
          {
            term: 'Availability by samples',
            formula: 'sampleAvailability = up samples / (all samples − maintenance samples)',
            note: 'Status logs only: each check counts once, whatever the time between checks.',
          },
        ]
      : []),
    {
      term: 'Longer periods',
      formula: 'sum the minute figures of the months, then recompute the ratios from the sums',
      note: 'Percentages are never averaged across months.',
    },
  ],

  pageOf: { page: 'Page', of: 'of' },
  confidential: 'Confidential',
};

const id: ReportStrings = {
  documentTitle: 'Laporan tingkat layanan',
  coverKicker: 'Laporan tingkat layanan',
  coverTitle: 'Ketersediaan, anggaran kesalahan, dan dampak pada pengguna',
  platform: 'Semua layanan (platform)',
  serviceHeading: (name) => `Layanan: ${name}`,

  summaryHeading: 'Ringkasan laporan',
  services: 'Layanan',
  range: 'Periode laporan',
  timeZone: 'Zona waktu',
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

  execHeading: 'Ringkasan eksekutif',
  execLead: (range, availability, target, met) =>
    `Selama ${range}, platform secara keseluruhan tersedia ${availability} dari waktu layanan terhadap target ${target}: target ${met ? 'tercapai' : 'tidak tercapai'}.`,
  execTableHeading: 'Ketersediaan terhadap target, seluruh periode',
  colService: 'Layanan',
  colAvailability: 'Ketersediaan',
  colTarget: 'Target',
  colResult: 'Hasil',
  colMonthsMet: 'Bulan tercapai',
  colBudgetLeft: 'Sisa anggaran kesalahan',
  colCredits: 'Kredit terutang',
  colUserImpact: 'Dampak pengguna',
  monthsMetValue: (met, of) => `${met} dari ${of}`,
  budgetLeftShare: (share) => `${share} dari anggaran`,
  budgetOverspent: (share) => `${share} melebihi anggaran`,
  creditsExplained:
    'Kredit terutang adalah jumlah persentase kredit bulanan (masing-masing bagian dari biaya bulan itu) menurut tingkat kredit yang berlaku.',
  kpiAvailability: 'Ketersediaan',
  kpiMonthsMet: 'Bulan sesuai target',
  kpiBudgetLeft: 'Sisa anggaran kesalahan',
  kpiCredits: 'Kredit terutang',
  kpiUserImpact: 'Dampak pengguna',
  kpiVsTarget: (target) => `target ${target}`,
  kpiBudgetOf: (budget) => `dari ${budget}`,
  kpiMonthsMissed: (missed) => `${missed} tidak tercapai`,
  kpiCreditsMonths: (months) => `${months} bulan dengan kredit`,
  worstHeading: 'Insiden terburuk',
  worstSentence: (p) =>
    `${p.when}: ${p.severity.toLowerCase()} pada ${p.service}${p.region ? ` di ${p.region}` : ''} selama ${p.duration}, berdampak pada ${p.share} pengguna, ${p.userHours} hilang${p.title ? ` (“${p.title}”)` : ''}.`,
  noIncidents: 'Tidak ada insiden dalam periode laporan.',
  met: 'Tercapai',
  missed: 'Tidak tercapai',
  notApplicable: '—',

  monthlyHeading: 'Angka bulanan',
  colPeriod: 'Periode',
  colEligible: 'Waktu layanan',
  colDowntime: 'Waktu henti',
  colMet: 'Tercapai',
  colBudgetLeftShort: 'Sisa anggaran',
  colCredit: 'Kredit',
  colUserMinutes: 'Menit-pengguna',
  colSampleAvailability: 'Per sampel',
  wholeRange: 'Seluruh periode',
  chartAvailabilityHeading: 'Ketersediaan terhadap target',
  chartAvailabilityCaption: (target) =>
    `Ketersediaan bulanan; garis putus-putus adalah target ${target}. Batang merah tidak mencapai target.`,
  chartBurnHeading: 'Penggunaan anggaran kesalahan',
  chartBurnCaption: (budget) =>
    `Sisa anggaran kesalahan untuk seluruh periode (${budget} diizinkan) setelah waktu henti tiap bulan. Di bawah nol anggaran terlampaui.`,
  chartImpactHeading: 'Dampak pada pengguna',
  chartImpactCaption: 'Jam-pengguna yang hilang per bulan: pengguna × waktu × porsi pengguna terdampak.',
  legendAvailability: 'Ketersediaan',
  legendTarget: 'Target',
  legendBudgetRemaining: 'Sisa anggaran',
  legendUserHours: 'Jam-pengguna hilang',
  burnStart: 'Awal',
  impactRatesHeading: 'Dampak bisnis selama periode',
  outagesHeading: 'Gangguan selama periode',
  episodes: 'episode',
  mttr: 'rata-rata waktu pemulihan',
  longestEpisode: 'terlama',

  topIncidentsHeading: 'Insiden teratas menurut dampak pengguna',
  topIncidentsLead: (shown, total) =>
    `${shown} insiden dengan dampak pengguna terbesar dari ${total} dalam periode ini. Jam-pengguna dihitung per insiden, sebelum insiden yang tumpang-tindih digabungkan.`,
  colRank: '#',
  colStart: 'Mulai',
  colSeverity: 'Tingkat',
  colDuration: 'Durasi',
  colAffected: 'Terdampak',
  colUserHours: 'Jam-pengguna',
  colTitle: 'Insiden',
  colRegion: 'Wilayah',
  colLine: 'Baris',
  allServices: 'semua layanan',
  ongoing: 'berlangsung',
  severity: {
    major: 'Gangguan total',
    partial: 'Gangguan sebagian',
    degraded: 'Kinerja menurun',
    maintenance: 'Pemeliharaan',
  },

  methodologyHeading: 'Lampiran A. Metodologi',
  methodologyLead:
    'Setiap angka dalam laporan ini diturunkan dari log dan pengaturan yang berlaku (halaman 1) dengan aturan berikut, sehingga setiap angka dapat dihitung ulang secara manual. Untuk layanan s dan bulan kalender m = [m0, m1) dalam zona waktu laporan, catatan s adalah catatannya sendiri ditambah catatan yang berlaku untuk seluruh platform. Tidak ada pembulatan sebelum ditampilkan.',
  registerHeading: 'Lampiran B. Daftar insiden',
  registerLead: (shown, total) =>
    shown === total
      ? `Semua ${total} insiden dalam periode ini, menurut urutan mulai.`
      : `${shown} insiden dengan dampak pengguna terbesar dari ${total}, menurut urutan mulai; daftar lengkap ada di ekspor CSV dan JSON.`,
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
  formulas: (p) => [
    {
      term: 'Bobot w(t)',
      formula:
        'w(t) = bobot maksimum catatan non-pemeliharaan yang aktif pada t (mulai ≤ t < selesai); 0 bila tidak ada',
      note: `Bobot: total 1, sebagian ${p.partialWeight}, menurun ${p.degradedWeight}.`,
    },
    {
      term: 'Periode',
      formula: 'periodMinutes = m1 − m0',
      note: `Waktu nyata bulan kalender di ${p.timeZone}, sehingga bulan dengan perubahan jam lebih pendek atau lebih panjang satu jam.`,
    },
    p.maintenanceCounted
      ? {
          term: 'Waktu layanan',
          formula: 'eligibleMinutes = periodMinutes',
          note: 'Pemeliharaan dihitung sebagai waktu henti dengan bobot 1 (pengaturan yang berlaku).',
        }
      : {
          term: 'Waktu layanan',
          formula: 'eligibleMinutes = periodMinutes − |pemeliharaan ∩ m|',
          note: 'Pemeliharaan terjadwal tidak dihitung dalam waktu layanan (pengaturan yang berlaku). Untuk baris platform hanya pemeliharaan seluruh platform yang dihitung.',
        },
    {
      term: 'Waktu henti',
      formula: p.maintenanceCounted
        ? 'downtimeMinutes = ∫ sepanjang m dari max(w(t), 1 bila dalam pemeliharaan) dt'
        : 'downtimeMinutes = ∫ sepanjang m di luar pemeliharaan dari w(t) dt',
      note: 'Insiden yang tumpang-tindih dihitung sekali, dengan bobot aktif terberat.',
    },
    {
      term: 'Ketersediaan',
      formula: 'availability = 1 − downtimeMinutes / eligibleMinutes',
      note: 'Tidak terdefinisi (—) bila waktu layanan nol. Tercapai bila ketersediaan ≥ target: nilai yang tepat sama dianggap tercapai.',
    },
    {
      term: 'Anggaran kesalahan',
      formula: 'budgetMinutes = (1 − target) × eligibleMinutes;  sisa anggaran = budgetMinutes − downtimeMinutes',
      note: 'Negatif bila anggaran terlampaui; porsi terpakai = downtimeMinutes / budgetMinutes.',
    },
    {
      term: 'Kredit layanan',
      formula: 'kredit = % kredit pada ambang terendah yang lebih besar dari ketersediaan (dalam %); 0 bila tidak ada',
      note: `Tingkat yang berlaku: ${p.creditTiers}.`,
    },
    {
      term: 'Episode dan pemulihan',
      formula:
        'episode = rentang waktu maksimal dengan w(t) > 0;  rata-rata waktu pemulihan = rata-rata panjang episode',
      note: 'Catatan yang bersinggungan atau tumpang-tindih membentuk satu episode; episode yang melewati batas bulan dihitung sekali per periode.',
    },
    {
      term: 'Porsi pengguna terdampak f(r)',
      formula: 'f(r) = porsi terdampak pada catatan, atau porsi wilayahnya, atau bobot tingkat keparahannya',
      note: 'Pemeliharaan tidak berdampak pada pengguna (0).',
    },
    {
      term: 'Pengguna terdampak F(t)',
      formula: 'F(t) = min(1, max(G(t), Σ atas wilayah g dari max f(r) catatan aktif di g))',
      note: 'G(t) = max f(r) atas catatan aktif tanpa wilayah.',
    },
    {
      term: 'Dampak pengguna',
      formula: 'userMinutesLost = pengguna × ∫ sepanjang m dari F(t) dt;  jam-pengguna = userMinutesLost / 60',
      note: `Pengguna: ${p.users}. Diukur sepanjang bulan, termasuk jendela pemeliharaan. Tahun-orang membagi menit-pengguna dengan 525.960 (365,25 hari).`,
    },
    {
      term: 'Dampak bisnis',
      formula: 'dampak = tarif per menit × ∫ sepanjang m dari F(t) dt',
      note: 'Menit setara gangguan total dikali nilai yang hilang per menit.',
    },
    ...(p.statusLog
      ? [
          {
            term: 'Ketersediaan per sampel',
            formula: 'sampleAvailability = sampel naik / (semua sampel − sampel pemeliharaan)',
            note: 'Hanya log status: setiap pemeriksaan dihitung sekali, berapa pun jarak antarpemeriksaan.',
          },
        ]
      : []),
    {
      term: 'Periode lebih panjang',
      formula: 'jumlahkan angka menit dari tiap bulan, lalu hitung ulang rasio dari jumlah itu',
      note: 'Persentase tidak pernah dirata-ratakan antarbulan.',
    },
  ],

  pageOf: { page: 'Halaman', of: 'dari' },
  confidential: 'Rahasia',
};

export const REPORT_STRINGS: Record<Locale, ReportStrings> = { en, id };
