import type { LogField } from '../../model/import-settings';

/** SPEC 2 column synonyms, in order of preference (an earlier synonym wins over a later one). */
export const COLUMN_SYNONYMS: Record<LogField, readonly string[]> = {
  start: ['start', 'start_time', 'started_at', 'begin', 'from', 'downtime_start', 'start_timestamp', 'outage_start'],
  end: [
    'end',
    'end_time',
    'ended_at',
    'resolved_at',
    'to',
    'until',
    'downtime_end',
    'close_timestamp',
    'outage_end',
    'recovered_at',
  ],
  duration: ['duration', 'duration_minutes', 'duration_min', 'duration_in_mins', 'minutes', 'time_span'],
  timestamp: ['timestamp', 'timestamp_utc', 'time', 'datetime', 'date_time', 'ts', 'checked_at'],
  status: ['status', 'state', 'event', 'result'],
  service: ['service', 'services', 'component', 'components', 'monitor', 'site', 'app', 'system', 'provider'],
  severity: ['severity', 'impact', 'level', 'impact_level', 'incident_impact_level', 'priority'],
  affected: ['affected', 'affected_fraction', 'affected_users', 'affected_pct', 'users_affected_pct'],
  region: ['region', 'location', 'country', 'zone'],
  // `name` is a title only when no other title column exists: it is the last resort, handled by the planner
  title: ['title', 'incident_title', 'summary', 'description', 'reason'],
  id: ['id', 'incident_id'],
};

/** Fields holding instants: their columns also match with a zone or form suffix (SPEC 2). */
const INSTANT_FIELDS: ReadonlySet<LogField> = new Set(['start', 'end', 'timestamp']);
const INSTANT_SUFFIXES = ['utc', 'at', 'time', 'ts', 'timestamp', 'iso'];

/** A duration column's unit suffix (SPEC 2), as minutes per unit; `in_` may come before it (`duration_in_seconds`). */
const DURATION_UNITS: Record<string, number> = {
  s: 1 / 60,
  sec: 1 / 60,
  seconds: 1 / 60,
  ms: 1 / 60_000,
  min: 1,
  mins: 1,
  minutes: 1,
  h: 60,
  hours: 60,
};

/**
 * Case-insensitive; every run of non-alphanumerics becomes `_` (leading/trailing ones dropped). A camelCase
 * name is split where a lower-case letter or digit meets a capital (`startedAt` -> `started_at`), as JSON
 * APIs spell the same names.
 */
export function normaliseColumnName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** How a (normalised) column name answers to a field: by a synonym itself, or a synonym plus a suffix. */
export interface NameMatch {
  /** index of the synonym in the field's list (lower: preferred) */
  rank: number;
  /** the suffix the match needed (`utc`, `seconds`, ...), null for a synonym itself */
  suffix: string | null;
}

/** Whether `name` answers to `field`, and how; null when it does not. */
export function matchColumnName(field: LogField, name: string): NameMatch | null {
  const synonyms = COLUMN_SYNONYMS[field];
  const exact = synonyms.indexOf(name);
  if (exact >= 0) return { rank: exact, suffix: null };
  if (INSTANT_FIELDS.has(field)) {
    for (let rank = 0; rank < synonyms.length; rank++) {
      const base = synonyms[rank]!;
      if (!name.startsWith(base + '_')) continue;
      const suffix = name.slice(base.length + 1);
      if (INSTANT_SUFFIXES.includes(suffix)) return { rank, suffix };
    }
  }
  if (field === 'duration') {
    for (let rank = 0; rank < synonyms.length; rank++) {
      const unit = durationUnitAfter(name, synonyms[rank]!);
      if (unit !== null) return { rank, suffix: unit };
    }
  }
  return null;
}

/** The unit suffix of `name` after `base` (`duration_s`, `duration_in_seconds`), or null. */
function durationUnitAfter(name: string, base: string): string | null {
  if (!name.startsWith(base + '_')) return null;
  let suffix = name.slice(base.length + 1);
  if (suffix.startsWith('in_')) suffix = suffix.slice(3);
  return suffix in DURATION_UNITS ? suffix : null;
}

/**
 * Minutes per number in a duration column named `name` (normalised): its unit suffix sets it (`_s`, `_ms`,
 * `_h`, ...; also the last word of a synonym such as `duration_minutes`); minutes without one.
 */
export function durationUnitMinutes(name: string): number {
  const last = name.slice(name.lastIndexOf('_') + 1);
  return DURATION_UNITS[last] ?? 1;
}

/** The words a duration unit is named by in messages. */
export function durationUnitName(minutesPerUnit: number): string {
  if (minutesPerUnit === 1 / 60) return 'seconds';
  if (minutesPerUnit === 1 / 60_000) return 'milliseconds';
  if (minutesPerUnit === 60) return 'hours';
  return 'minutes';
}
