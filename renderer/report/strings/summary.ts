import type { Locale } from '@core/format';

/** The executive summary: the lead sentence, the table of services, the KPI strip and the worst incidents. */
export interface SummaryStrings {
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
  /** the previous-period comparison (issue 16): its heading names the days compared with */
  cmpHeading: (from: string, to: string) => string;
  cmpDowntime: string;
  cmpOutages: string;
  cmpMttr: string;
  cmpMtbf: string;
  worstHeading: string;
  worstSentence: (p: {
    when: string;
    severity: string;
    service: string;
    region: string | null;
    duration: string;
    share: string;
    /** null: no user base is set, so no user-hours are named */
    userHours: string | null;
    title: string | null;
  }) => string;
  noIncidents: string;
  met: string;
  missed: string;
  notApplicable: string;
}

const en: SummaryStrings = {
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
    'Credits owed are the sum of the monthly credit percentages (each a share of that month’s fee) under the credit tiers in force; with a monthly fee set, they are that money in its currency.',
  kpiAvailability: 'Availability',
  kpiMonthsMet: 'Months on target',
  kpiBudgetLeft: 'Error budget left',
  kpiCredits: 'Credits owed',
  kpiUserImpact: 'User impact',
  kpiVsTarget: (target) => `target ${target}`,
  kpiBudgetOf: (budget) => `of ${budget}`,
  kpiMonthsMissed: (missed) => `${missed} missed`,
  kpiCreditsMonths: (months) => `${months} ${months === '1' ? 'month' : 'months'} with a credit`,
  cmpHeading: (from, to) => `Platform against the period before (${from} to ${to})`,
  cmpDowntime: 'Downtime',
  cmpOutages: 'Outages',
  cmpMttr: 'Mean time to restore',
  cmpMtbf: 'Mean time between failures',
  worstHeading: 'Worst incidents',
  worstSentence: (p) =>
    `${p.when}: ${p.severity.toLowerCase()} of ${p.service}${p.region ? ` in ${p.region}` : ''} for ${p.duration}, affecting ${p.share} of users${p.userHours === null ? '' : `, ${p.userHours} lost`}${p.title ? ` (“${p.title}”)` : ''}.`,
  noIncidents: 'No incident in the reporting period.',
  met: 'Met',
  missed: 'Missed',
  notApplicable: '—',
};

const id: SummaryStrings = {
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
    'Kredit terutang adalah jumlah persentase kredit bulanan (masing-masing bagian dari biaya bulan itu) menurut tingkat kredit yang berlaku; bila biaya bulanan diisi, kredit itu adalah uangnya dalam mata uangnya.',
  kpiAvailability: 'Ketersediaan',
  kpiMonthsMet: 'Bulan sesuai target',
  kpiBudgetLeft: 'Sisa anggaran kesalahan',
  kpiCredits: 'Kredit terutang',
  kpiUserImpact: 'Dampak pengguna',
  kpiVsTarget: (target) => `target ${target}`,
  kpiBudgetOf: (budget) => `dari ${budget}`,
  kpiMonthsMissed: (missed) => `${missed} tidak tercapai`,
  kpiCreditsMonths: (months) => `${months} bulan dengan kredit`,
  cmpHeading: (from, to) => `Platform dibanding periode sebelumnya (${from} sampai ${to})`,
  cmpDowntime: 'Waktu henti',
  cmpOutages: 'Gangguan',
  cmpMttr: 'Rata-rata waktu pemulihan',
  cmpMtbf: 'Rata-rata waktu antar kegagalan',
  worstHeading: 'Insiden terburuk',
  worstSentence: (p) =>
    `${p.when}: ${p.severity.toLowerCase()} pada ${p.service}${p.region ? ` di ${p.region}` : ''} selama ${p.duration}, berdampak pada ${p.share} pengguna${p.userHours === null ? '' : `, ${p.userHours} hilang`}${p.title ? ` (“${p.title}”)` : ''}.`,
  noIncidents: 'Tidak ada insiden dalam periode laporan.',
  met: 'Tercapai',
  missed: 'Tidak tercapai',
  notApplicable: '—',
};

export const SUMMARY_STRINGS: Record<Locale, SummaryStrings> = { en, id };
