import type { Locale } from '@core/format';

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

/** Appendix A: how every figure is computed, quoting the settings in force. */
export interface MethodologyStrings {
  methodologyHeading: string;
  methodologyLead: string;
  formulas: (p: FormulaParams) => { term: string; formula: string; note: string }[];
}

const en: MethodologyStrings = {
  methodologyHeading: 'Appendix A. Methodology',
  methodologyLead:
    'Every figure in this report follows from the log and the settings in force (page 1) by these rules, so any figure can be recomputed by hand. For a service s and a calendar month m = [m0, m1) in the report time zone, the records of s are its own records plus platform-wide ones. Nothing is rounded before display.',
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
};

const id: MethodologyStrings = {
  methodologyHeading: 'Lampiran A. Metodologi',
  methodologyLead:
    'Setiap angka dalam laporan ini diturunkan dari log dan pengaturan yang berlaku (halaman 1) dengan aturan berikut, sehingga setiap angka dapat dihitung ulang secara manual. Untuk layanan s dan bulan kalender m = [m0, m1) dalam zona waktu laporan, catatan s adalah catatannya sendiri ditambah catatan yang berlaku untuk seluruh platform. Tidak ada pembulatan sebelum ditampilkan.',
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
};

export const METHODOLOGY_STRINGS: Record<Locale, MethodologyStrings> = { en, id };
