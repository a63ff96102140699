import { clipText } from '../../format/clip-text';
import { describeHeader } from './describe-header';
import {
  COLUMN_SYNONYMS,
  durationUnitMinutes,
  durationUnitName,
  matchColumnName,
  normaliseColumnName,
} from './column-names';
import { LOG_FIELDS, type LogField } from '../../model/import-settings';
import type { LogShape } from '../../model/import-result';
import type { NumericStatus } from '../values/words';

/** Named formats recognised by their headers or keys (SPEC 2). */
export type NamedFormat = 'statuspage' | 'uptimerobot' | 'uptime-kuma' | 'upptime' | 'pagerduty' | 'opsgenie';

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
  /** minutes per plain number in the duration column (its unit suffix; 1 without one) */
  durationMinutes: number;
  /** what the mapping assumed: columns matched by a suffix, ambiguous choices (diagnostics of the whole file) */
  notes: string[];
}

/** Thrown when the header cannot be mapped; the importer adds the file name. */
export class MappingError extends Error {}

/** Fields whose column changes the figures: an ambiguous choice of one of them is named in the diagnostics. */
const FIGURE_FIELDS: ReadonlySet<LogField> = new Set(LOG_FIELDS.filter((f) => f !== 'title' && f !== 'id'));

export function planColumns(header: readonly string[], overrides: Partial<Record<LogField, string>>): ColumnPlan {
  const norm = header.map(normaliseColumnName);
  const has = (n: string): boolean => norm.includes(n);
  const columns: Partial<Record<LogField, number>> = {};
  const used = new Set<number>();
  const notes: string[] = [];
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
  /** the first free column named by one of `names`, in their order (the full name before the leaf) */
  const firstFree = (names: readonly string[]): number => {
    for (const list of [norm, leaf]) {
      for (const n of names) {
        const i = list.findIndex((c, k) => c === n && !used.has(k));
        if (i >= 0) return i;
      }
    }
    return -1;
  };
  const claim = (field: LogField, names: readonly string[]): void => {
    if (columns[field] !== undefined) return;
    const i = firstFree(names);
    if (i >= 0) take(field, i);
  };
  /** SPEC 2's synonyms: a synonym itself before one with a suffix, then the earlier synonym, then the full name */
  const auto = (field: LogField): void => {
    if (columns[field] !== undefined) return;
    const found: { index: number; key: number[]; suffix: string | null }[] = [];
    for (let k = 0; k < header.length; k++) {
      if (used.has(k)) continue;
      const full = matchColumnName(field, norm[k]!);
      const part = full ?? (leaf[k] === norm[k] ? null : matchColumnName(field, leaf[k]!));
      const m = full ?? part;
      if (m) found.push({ index: k, key: [m.suffix === null ? 0 : 1, full ? 0 : 1, m.rank, k], suffix: m.suffix });
    }
    if (found.length === 0) return;
    found.sort((a, b) => compareKeys(a.key, b.key));
    const best = found[0]!;
    take(field, best.index);
    const name = `"${clipText(header[best.index]!)}"`;
    if (best.suffix !== null)
      notes.push(`column ${name} read as the ${field} (matched by its suffix "_${best.suffix}")`);
    if (found.length > 1 && FIGURE_FIELDS.has(field)) {
      const others = found.slice(1, 4).map((f) => `"${clipText(header[f.index]!)}"`);
      notes.push(
        `the ${field} could be column ${[name, ...others].join(' or ')}: ${name} was used; map another by hand if it is wrong`,
      );
    }
  };

  const format = detectNamedFormat(has);
  // Named formats first claim the columns whose names are not in the generic lists.
  if (format === 'statuspage') claim('start', ['started_at', 'created_at']);
  if (format === 'uptimerobot') {
    claim('start', ['date_time']);
    claim(
      'duration',
      norm.filter((n) => n.startsWith('duration')),
    );
  }
  if (format === 'uptime-kuma') claim('service', ['monitor_name', 'monitor', 'monitor_id']);
  if (format === 'upptime') claim('service', ['site', 'slug']);
  if (format === 'pagerduty') {
    claim('start', ['created_at', 'created_on']);
    claim('service', ['service_name', 'service_summary']);
    claim('severity', ['priority_name', 'priority_summary', 'priority']);
  }
  if (format === 'opsgenie') {
    claim('start', ['impact_start_date', 'created_at']);
    claim('end', ['impact_end_date']);
    claim('service', ['impacted_services']);
    claim('title', ['message']);
  }

  for (const field of Object.keys(COLUMN_SYNONYMS) as LogField[]) auto(field);
  claim('title', ['name']);

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
  const duration = columns.duration;
  const durationMinutes = duration === undefined ? 1 : durationUnitMinutes(norm[duration]!);
  if (shape === 'interval' && durationMinutes !== 1) {
    notes.push(
      `the numbers in column "${clipText(header[duration!]!)}" are read as ${durationUnitName(durationMinutes)} (its name says so)`,
    );
  }
  return {
    shape,
    format,
    columns,
    statusAsSeverity: shape === 'interval' && !hasField('severity') && hasField('status'),
    // a severity column's numbers are Statuspage's impact levels (SPEC 3)
    numeric: format === 'uptime-kuma' ? 'kuma' : shape === 'status' ? 'http' : hasField('severity') ? 'impact' : 'none',
    affectedInPercent: affected !== undefined && /pct|percent/.test(norm[affected]!),
    // Statuspage's started_at and Opsgenie's impact start may be empty: the creation time stands in
    startFallback:
      (format === 'statuspage' || format === 'opsgenie') && shape === 'interval'
        ? norm.findIndex((c, k) => c === 'created_at' && k !== columns.start)
        : -1,
    durationMinutes,
    notes,
  };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return a[j]! - b[j]!;
  return 0;
}

function detectNamedFormat(has: (n: string) => boolean): NamedFormat | null {
  if (has('resolved_at') && has('impact') && (has('started_at') || has('created_at'))) return 'statuspage';
  if (has('event') && has('monitor') && has('date_time')) return 'uptimerobot';
  if (has('monitor_id') && has('status') && has('time')) return 'uptime-kuma';
  if (has('status') && (has('site') || has('slug')) && (has('timestamp') || has('timestamp_utc'))) return 'upptime';
  // PagerDuty's incidents (REST API and Analytics' raw incidents, flattened): numbered, with an urgency
  if (has('incident_number') && has('urgency') && (has('created_at') || has('created_on'))) return 'pagerduty';
  // Opsgenie's incidents: a tiny id and the impact window
  if (has('tiny_id') && (has('impact_start_date') || has('created_at'))) return 'opsgenie';
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
