import type { Locale } from '@core/format';
import { COMPOSITE_CAUSES_EN, type CompositeCause } from '@core/report/composite-comparison';

/** A service's section: its monthly table, its three charts and its outage line. */
export interface ServiceStrings {
  monthlyHeading: string;
  colPeriod: string;
  colEligible: string;
  colDowntime: string;
  colMet: string;
  colBudgetLeftShort: string;
  colCredit: string;
  colUserHours: string;
  colSampleAvailability: string;
  wholeRange: string;
  chartAvailabilityHeading: string;
  chartAvailabilityCaption: (target: string) => string;
  chartBurnHeading: string;
  chartBurnCaption: (budget: string) => string;
  chartAvailabilityAxis: (bottom: string) => string;
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
  /** a composite service's real availability beside the naive product (issue 18 item 3) */
  compositeHeading: string;
  compositeLine: (expression: string, real: string, naive: string) => string;
  compositeDifference: (minutes: string, more: boolean) => string;
  compositeCauses: Record<CompositeCause, string>;
}

const en: ServiceStrings = {
  monthlyHeading: 'Monthly figures',
  colPeriod: 'Period',
  colEligible: 'Eligible',
  colDowntime: 'Downtime',
  colMet: 'Met',
  colBudgetLeftShort: 'Budget left',
  colCredit: 'Credit',
  colUserHours: 'User-hours',
  colSampleAvailability: 'By samples',
  wholeRange: 'Whole period',
  chartAvailabilityHeading: 'Availability against target',
  chartAvailabilityCaption: (target) =>
    `Monthly availability; the dashed line is the target of ${target}. Blue bars met it, orange bars missed it; a bar above the top tick had no downtime, a stub at the bottom is a month at or below the axis’ start.`,
  chartBurnHeading: 'Error budget burn-down',
  chartBurnCaption: (budget) =>
    `Error budget left for the whole period (${budget} allowed), after each month’s downtime. Below zero the budget is overspent.`,
  chartAvailabilityAxis: (bottom) => `nines scale from ${bottom}; top: no downtime`,
  chartImpactHeading: 'User impact',
  chartImpactCaption:
    'User-hours lost per month over all services: users × time × share of users affected, with overlapping outages merged, so an outage of every service counts once.',
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
  compositeHeading: 'Composite service',
  compositeLine: (expression, real, naive) =>
    `${expression}: ${real} from the outage timelines; ${naive} as the naive product of its components’ availabilities (as if they failed independently).`,
  compositeDifference: (minutes, more) =>
    `The product shows ${minutes} ${more ? 'more' : 'less'} downtime than happened:`,
  compositeCauses: COMPOSITE_CAUSES_EN,
};

const id: ServiceStrings = {
  monthlyHeading: 'Angka bulanan',
  colPeriod: 'Periode',
  colEligible: 'Waktu layanan',
  colDowntime: 'Waktu henti',
  colMet: 'Tercapai',
  colBudgetLeftShort: 'Sisa anggaran',
  colCredit: 'Kredit',
  colUserHours: 'Jam-pengguna',
  colSampleAvailability: 'Per sampel',
  wholeRange: 'Seluruh periode',
  chartAvailabilityHeading: 'Ketersediaan terhadap target',
  chartAvailabilityCaption: (target) =>
    `Ketersediaan bulanan; garis putus-putus adalah target ${target}. Batang biru mencapai target, batang jingga tidak; batang di atas garis teratas tanpa waktu henti, batang pendek di dasar adalah bulan pada atau di bawah awal sumbu.`,
  chartBurnHeading: 'Penggunaan anggaran kesalahan',
  chartBurnCaption: (budget) =>
    `Sisa anggaran kesalahan untuk seluruh periode (${budget} diizinkan) setelah waktu henti tiap bulan. Di bawah nol anggaran terlampaui.`,
  chartAvailabilityAxis: (bottom) => `skala sembilan dari ${bottom}; puncak: tanpa waktu henti`,
  chartImpactHeading: 'Dampak pada pengguna',
  chartImpactCaption:
    'Jam-pengguna yang hilang per bulan atas semua layanan: pengguna × waktu × porsi pengguna terdampak, dengan gangguan yang tumpang-tindih digabungkan, sehingga gangguan pada semua layanan dihitung sekali.',
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
  compositeHeading: 'Layanan komposit',
  compositeLine: (expression, real, naive) =>
    `${expression}: ${real} menurut linimasa gangguan; ${naive} sebagai hasil kali naif ketersediaan komponennya (seolah-olah gagal secara independen).`,
  compositeDifference: (minutes, more) =>
    `Hasil kali menunjukkan waktu henti ${minutes} lebih ${more ? 'banyak' : 'sedikit'} daripada yang terjadi:`,
  compositeCauses: {
    'series-overlap': 'gangguannya tumpang tindih, dan rangkaian seri kehilangan waktu yang tumpang tindih sekali saja',
    'series-apart':
      'gangguannya lebih jarang tumpang tindih daripada kegagalan independen, jadi seri kehilangan masing-masing penuh',
    'parallel-overlap':
      'gangguannya lebih sering tumpang tindih daripada kegagalan independen, dan rangkaian paralel mati tepat saat itu',
    'parallel-apart':
      'gangguannya lebih jarang tumpang tindih daripada kegagalan independen, jadi redundansinya bertahan',
    nested: 'hasil kali mengabaikan kapan tiap gangguan terjadi',
  },
};

export const SERVICE_STRINGS: Record<Locale, ServiceStrings> = { en, id };
