import type { Locale } from '@core/format';
import type { Severity } from '@core/model/records';

/** The incident tables: the top incidents and the register's columns, and the severities' names. */
export interface IncidentStrings {
  topIncidentsHeading: string;
  topIncidentsLead: (shown: string, total: string) => string;
  noServiceIncidents: string;
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
}

const en: IncidentStrings = {
  topIncidentsHeading: 'Top incidents by user impact',
  topIncidentsLead: (shown, total) =>
    `The ${shown} with the largest user impact of this service's ${total} incidents in the period. User-hours count each incident alone, before overlapping incidents are merged.`,
  noServiceIncidents: 'No incident of the log names this service alone in the period.',
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
};

const id: IncidentStrings = {
  topIncidentsHeading: 'Insiden teratas menurut dampak pengguna',
  topIncidentsLead: (shown, total) =>
    `${shown} dengan dampak pengguna terbesar dari ${total} insiden layanan ini dalam periode ini. Jam-pengguna dihitung per insiden, sebelum insiden yang tumpang-tindih digabungkan.`,
  noServiceIncidents: 'Tidak ada insiden dalam log yang hanya menyebut layanan ini dalam periode ini.',
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
};

export const INCIDENT_STRINGS: Record<Locale, IncidentStrings> = { en, id };
