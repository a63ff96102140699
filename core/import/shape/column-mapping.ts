import { describeHeader } from './clip-text';
import type { LogField } from '../../model/settings';
import type { LogShape } from '../../model/import-result';
import type { NumericStatus } from '../values/words';

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
  service: ['service', 'component', 'components', 'monitor', 'site', 'app', 'system', 'provider'],
  severity: ['severity', 'impact', 'level'],
  affected: ['affected', 'affected_fraction', 'affected_users', 'affected_pct', 'users_affected_pct'],
  region: ['region', 'location', 'country', 'zone'],
  // `name` is a title only when no other title column exists: it is the last resort, handled below
  title: ['title', 'incident_title', 'summary', 'description', 'reason'],
  id: ['id', 'incident_id'],
};

/** Named formats recognised by their headers or keys (SPEC 2). */
export type NamedFormat = 'statuspage' | 'uptimerobot' | 'uptime-kuma' | 'upptime';

export interface ColumnPlan {
  shape: LogShape;
  format: NamedFormat | null;
  /** column index per mapped field */
  columns: Partial<Record<LogField, number>>;
  /** interval logs with a status column but no severity column read the status words as severities */
  statusAsSeverity: boolean;
  numeric: NumericStatus;
  /** the affected column holds percentages (its name says pct/percent) */
  affectedInPercent: boolean;
  /** read when a row's start is empty: Statuspage's created_at behind started_at; -1 for none */
  startFallback: number;
}

/** Case-insensitive; every run of non-alphanumerics becomes `_` (leading/trailing ones dropped). */
export function normaliseColumnName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Thrown when the header cannot be mapped; the importer adds the file name. */
export class MappingError extends Error {}

export function planColumns(header: readonly string[], overrides: Partial<Record<LogField, string>>): ColumnPlan {
  const norm = header.map(normaliseColumnName);
  const has = (n: string): boolean => norm.includes(n);
  const columns: Partial<Record<LogField, number>> = {};
  const used = new Set<number>();
  const take = (field: LogField, index: number): void => {
    columns[field] = index;
    used.add(index);
  };

  for (const [field, column] of Object.entries(overrides) as [LogField, string][]) {
    let index = header.indexOf(column);
    if (index < 0) index = norm.indexOf(normaliseColumnName(column));
    if (index < 0) {
      throw new MappingError(
        `the column "${column}" chosen for ${field} is not in the header (columns: ${describeHeader(header)})`,
      );
    }
    take(field, index);
  }
  // a nested JSON key (`window.start`) also answers to its last part (`start`)
  const leaf = header.map((h, k) => (h.includes('.') ? normaliseColumnName(h.slice(h.lastIndexOf('.') + 1)) : norm[k]));
  const firstFree = (names: readonly string[]): number => {
    for (const n of names) {
      const i = norm.findIndex((c, k) => c === n && !used.has(k));
      if (i >= 0) return i;
    }
    for (const n of names) {
      const i = leaf.findIndex((c, k) => c === n && !used.has(k));
      if (i >= 0) return i;
    }
    return -1;
  };
  const auto = (field: LogField, names: readonly string[]): void => {
    if (columns[field] !== undefined) return;
    const i = firstFree(names);
    if (i >= 0) take(field, i);
  };

  const format = detectNamedFormat(has);
  // Named formats first claim the columns whose names are not in the generic lists.
  if (format === 'statuspage') auto('start', ['started_at', 'created_at']);
  if (format === 'uptimerobot') {
    auto('start', ['date_time']);
    auto(
      'duration',
      norm.filter((n) => n.startsWith('duration')),
    );
  }
  if (format === 'uptime-kuma') auto('service', ['monitor_name', 'monitor', 'monitor_id']);
  if (format === 'upptime') auto('service', ['site', 'slug']);

  for (const field of Object.keys(COLUMN_SYNONYMS) as LogField[]) auto(field, COLUMN_SYNONYMS[field]);
  auto('title', ['name']);

  const hasField = (f: LogField): boolean => columns[f] !== undefined;
  let shape: LogShape;
  if (hasField('start') && (hasField('end') || hasField('duration'))) {
    shape = 'interval';
  } else if ((hasField('timestamp') || hasField('start')) && hasField('status')) {
    shape = 'status';
    if (!hasField('timestamp')) {
      columns.timestamp = columns.start!;
      delete columns.start;
    }
  } else {
    throw new MappingError(
      'cannot tell what the columns mean: a log needs start and end (or duration) columns, or timestamp and ' +
        `status columns; the header has: ${describeHeader(header)}. Map the columns by hand.`,
    );
  }
  const affected = columns.affected;
  return {
    shape,
    format,
    columns,
    statusAsSeverity: shape === 'interval' && !hasField('severity') && hasField('status'),
    numeric: format === 'uptime-kuma' ? 'kuma' : shape === 'status' ? 'http' : 'none',
    affectedInPercent: affected !== undefined && /pct|percent/.test(norm[affected]!),
    startFallback:
      format === 'statuspage' && shape === 'interval' && header[columns.start!] !== undefined
        ? norm.findIndex((c, k) => c === 'created_at' && k !== columns.start)
        : -1,
  };
}

function detectNamedFormat(has: (n: string) => boolean): NamedFormat | null {
  if (has('resolved_at') && has('impact') && (has('started_at') || has('created_at'))) return 'statuspage';
  if (has('event') && has('monitor') && has('date_time')) return 'uptimerobot';
  if (has('monitor_id') && has('status') && has('time')) return 'uptime-kuma';
  if (has('status') && (has('site') || has('slug')) && (has('timestamp') || has('timestamp_utc'))) return 'upptime';
  return null;
}

/** Field -> header name, for the mapping dialog and the result. */
export function mappingNames(
  header: readonly string[],
  columns: Partial<Record<LogField, number>>,
): Partial<Record<LogField, string>> {
  const out: Partial<Record<LogField, string>> = {};
  for (const [field, index] of Object.entries(columns) as [LogField, number][]) out[field] = header[index]!;
  return out;
}
