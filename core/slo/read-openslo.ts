import { clipText } from '../format/clip-text';
import { formatTarget } from '../format/numbers';
import { parseDurationShorthand, shorthandDays, type DurationShorthand } from './duration-shorthand';
import {
  CALENDAR_FIELDS,
  DOCUMENT_FIELDS,
  METADATA_FIELDS,
  OBJECTIVE_FIELDS,
  SPEC_FIELDS,
  WINDOW_FIELDS,
} from './openslo-fields';
import { objectiveTarget, sloDocumentSchema, type SloDocument } from './openslo-schema';
import { readYamlDocuments, type YamlDocument } from './yaml-documents';

/** Where in an OpenSLO file something was read: the document (1-based, with its metadata.name) and line. */
export interface SloPlace {
  line: number;
  document: number;
  name: string | null;
  /** "spec.objectives[0].op" */
  path: string;
}

/** Something read but not applied, or applied with a choice the file did not make. */
export interface SloNote extends SloPlace {
  message: string;
}

export type SloPeriod = 'month' | 'quarter' | 'year';

/** What an OpenSLO file asks of the report, before it is laid over the settings (apply-openslo.ts). */
export interface SloRequest {
  /** per service as spec.service names it; `*` (the platform row) is the default target */
  targets: Record<string, { target: number; at: SloPlace }>;
  timeZone: { zone: string; at: SloPlace } | null;
  period: { period: SloPeriod; at: SloPlace } | null;
  rolling: { days: number; at: SloPlace }[];
  notes: SloNote[];
}

/** The file is not OpenSLO this calculator can read: each problem with its line (exit 1 in the CLI). */
export class SloFileError extends Error {
  override readonly name = 'SloFileError';
}

const PERIOD_OF_UNIT = { M: 'month', Q: 'quarter', Y: 'year' } as const;
/** Periods here begin at midnight on the first day of a month whose number is one of these. */
const FIRST_MONTHS: Record<SloPeriod, readonly number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [1, 4, 7, 10],
  year: [1],
};
const MAX_ERRORS_SHOWN = 5;

type Path = (string | number)[];
const pathText = (path: Path): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an OpenSLO v1 file (one or many `---` separated documents) into per-service targets, the report zone
 * and period of calendar windows and the lengths of rolling ones. `file` is how messages name it.
 * Invalid YAML and SLO documents that break the spec throw SloFileError; everything read but not applied is a
 * note naming its document and path.
 */
export function readOpenSlo(text: string, file: string): SloRequest {
  const { documents, errors, warnings } = readYamlDocuments(text);
  const shown = clipText(file, 200);
  const problems = errors.map((e) => `${shown}:${e.line}: ${e.message}`);
  const request: SloRequest = { targets: {}, timeZone: null, period: null, rolling: [], notes: [] };
  const notes: SloNote[] = warnings.map((w) => ({
    line: w.line,
    document: 0,
    name: null,
    path: '',
    message: w.message,
  }));
  const slos: { doc: YamlDocument; slo: SloDocument }[] = [];
  for (const doc of documents) {
    if (doc.value === null || doc.value === undefined) continue; // an empty document, as after a final ---
    const name = isRecord(doc.value) && isRecord(doc.value.metadata) ? doc.value.metadata.name : undefined;
    const place = (path: Path): SloPlace => ({
      line: doc.lineOf(path),
      document: doc.index,
      name: typeof name === 'string' ? clipText(name, 100) : null,
      path: pathText(path),
    });
    if (!isRecord(doc.value)) {
      problems.push(
        `${shown}:${doc.lineOf([])}: document ${doc.index}: expected an OpenSLO object (apiVersion, kind, ...)`,
      );
      continue;
    }
    if (doc.value.kind !== 'SLO') {
      const kind = typeof doc.value.kind === 'string' ? clipText(doc.value.kind, 60) : String(doc.value.kind);
      notes.push({ ...place(['kind']), message: `kind ${kind} is not read: only SLO documents set targets` });
      continue;
    }
    const parsed = sloDocumentSchema.safeParse(doc.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path as Path;
        const where = place(path);
        problems.push(
          `${shown}:${where.line}: document ${doc.index}: ${where.path || '(document)'}: ${clipText(issue.message, 200)}`,
        );
      }
      continue;
    }
    notes.push(...fieldNotes(doc.value, place));
    slos.push({ doc, slo: parsed.data });
    readSlo(parsed.data, place, request, notes);
  }
  if (problems.length) {
    const more = problems.length > MAX_ERRORS_SHOWN ? `; and ${problems.length - MAX_ERRORS_SHOWN} more` : '';
    throw new SloFileError(problems.slice(0, MAX_ERRORS_SHOWN).join('; ') + more);
  }
  if (slos.length === 0) throw new SloFileError(`${shown}: holds no OpenSLO v1 SLO document`);
  // in the file's order, whatever step of the reading found them
  request.notes = groupNotes(notes).sort((a, b) => a.document - b.document || a.line - b.line);
  return request;
}

/** Lays one valid SLO document over what earlier documents asked. */
function readSlo(slo: SloDocument, place: (path: Path) => SloPlace, request: SloRequest, notes: SloNote[]): void {
  const { service, objectives, budgetingMethod, timeWindow } = slo.spec;
  const targets = objectives.map(objectiveTarget);
  const target = Math.max(...targets);
  if (objectives.length > 1) {
    notes.push({
      ...place(['spec', 'objectives']),
      message: `${objectives.length} objectives: the highest target, ${formatTarget(target, 'en')}, is the service's target (meeting it meets the others)`,
    });
  }
  const earlier = Object.hasOwn(request.targets, service) ? request.targets[service]! : null;
  if (earlier === null || target > earlier.target)
    request.targets[service] = { target, at: place(['spec', 'objectives']) };
  if (earlier !== null) {
    notes.push({
      ...place(['spec', 'service']),
      message: `service "${clipText(service, 100)}" also has a target in document ${earlier.at.document}: the higher, ${formatTarget(Math.max(target, earlier.target), 'en')}, is kept`,
    });
  }
  if (budgetingMethod !== 'Timeslices') {
    notes.push({
      ...place(['spec', 'budgetingMethod']),
      message:
        budgetingMethod === 'Occurrences'
          ? 'Occurrences counts good events; the log holds outages, not events, so the target is held against the share of time up'
          : "RatioTimeslices averages each slice's success ratio; here the target is held against the share of time up",
    });
  }
  const window = timeWindow?.[0];
  if (window === undefined) return;
  const at = place(['spec', 'timeWindow', 0, 'duration']);
  const d = parseDurationShorthand(window.duration)!;
  if (window.isRolling === true) readRolling(d, window.duration, at, request, notes);
  else readCalendar(d, window.duration, window.calendar!, place, request, notes);
}

function readRolling(d: DurationShorthand, text: string, at: SloPlace, request: SloRequest, notes: SloNote[]): void {
  const days = shorthandDays(d);
  if (days === null) {
    notes.push({
      ...at,
      message: `a rolling window of ${text} is not applied: rolling windows here are whole days (d) or weeks (w)`,
    });
  } else if (!request.rolling.some((r) => r.days === days)) request.rolling.push({ days, at });
}

function readCalendar(
  d: DurationShorthand,
  text: string,
  calendar: { startTime: string; timeZone: string },
  place: (path: Path) => SloPlace,
  request: SloRequest,
  notes: SloNote[],
): void {
  const zoneAt = place(['spec', 'timeWindow', 0, 'calendar', 'timeZone']);
  if (request.timeZone === null) request.timeZone = { zone: calendar.timeZone, at: zoneAt };
  else if (request.timeZone.zone !== calendar.timeZone) {
    notes.push({
      ...zoneAt,
      message: `time zone ${calendar.timeZone} is not applied: a report has one zone, ${request.timeZone.zone} from document ${request.timeZone.at.document}`,
    });
  }
  const at = place(['spec', 'timeWindow', 0, 'duration']);
  const period =
    d.count === 1 && d.unit in PERIOD_OF_UNIT ? PERIOD_OF_UNIT[d.unit as keyof typeof PERIOD_OF_UNIT] : null;
  if (period === null) {
    // the spec's own Timeslices example writes 1m, a minute, for a month
    const hint = d.unit === 'm' && d.count === 1 ? ' (1m is one minute; a month is 1M)' : '';
    notes.push({
      ...at,
      message: `a calendar window of ${text}${hint} is not applied: report periods are 1M (month), 1Q (quarter) or 1Y (year)`,
    });
    return;
  }
  if (request.period === null) request.period = { period, at };
  else if (request.period.period !== period) {
    notes.push({
      ...at,
      message: `period ${text} is not applied: a report has one period, ${request.period.period} from document ${request.period.at.document}`,
    });
  }
  const [, month, day, time] = /^\d{4}-(\d{2})-(\d{2})[ T]?(.*)$/.exec(calendar.startTime)!;
  if (!FIRST_MONTHS[period].includes(Number(month)) || day !== '01' || !/^(00:00(:00)?)?$/.test(time!)) {
    notes.push({
      ...place(['spec', 'timeWindow', 0, 'calendar', 'startTime']),
      message: `startTime ${calendar.startTime} is not applied: each ${period} here begins at 00:00 on its first day`,
    });
  }
}

/** Names every key this calculator does not apply (with why) or does not know (a typo, another version). */
function fieldNotes(value: Record<string, unknown>, place: (path: Path) => SloPlace): SloNote[] {
  const notes: SloNote[] = [];
  const check = (obj: unknown, known: Readonly<Record<string, string | null>>, path: Path): void => {
    if (!isRecord(obj)) return;
    for (const [key, v] of Object.entries(obj)) {
      const reason = Object.hasOwn(known, key) ? known[key] : `unknown field: not part of OpenSLO v1's SLO, not read`;
      // an empty alertPolicies (as the spec's examples leave it) asks nothing
      if (reason === null || reason === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
      notes.push({ ...place([...path, key]), message: reason });
    }
  };
  check(value, DOCUMENT_FIELDS, []);
  check(value.metadata, METADATA_FIELDS, ['metadata']);
  const spec = value.spec as Record<string, unknown>;
  check(spec, SPEC_FIELDS, ['spec']);
  (spec.timeWindow as unknown[] | undefined)?.forEach((w, i) => {
    check(w, WINDOW_FIELDS, ['spec', 'timeWindow', i]);
    if (isRecord(w)) check(w.calendar, CALENDAR_FIELDS, ['spec', 'timeWindow', i, 'calendar']);
  });
  (spec.objectives as unknown[]).forEach((o, i) => check(o, OBJECTIVE_FIELDS, ['spec', 'objectives', i]));
  return notes;
}

/**
 * The same note at the same path in many documents (every SLO has an SLI; an export has time slices) is named
 * once, at its first place, with the count of the others.
 */
function groupNotes(notes: SloNote[]): SloNote[] {
  const key = (n: SloNote): string => `${n.path.replace(/\[\d+\]/g, '[]')}\u0000${n.message}`;
  const groups = new Map<string, SloNote[]>();
  for (const n of notes) {
    const k = key(n);
    const g = groups.get(k);
    if (g) g.push(n);
    else groups.set(k, [n]);
  }
  return [...groups.values()].map((g) => {
    const others = new Set(
      g
        .slice(1)
        .map((n) => n.document)
        .filter((d) => d !== g[0]!.document),
    ).size;
    return others === 0
      ? g[0]!
      : { ...g[0]!, message: `${g[0]!.message} (also in ${others} more document${others === 1 ? '' : 's'})` };
  });
}

/** A note as the CLI prints it: file, line, document (and its name), path, message. */
export function sloNoteText(file: string, n: SloNote): string {
  const doc = n.document === 0 ? '' : ` document ${n.document}${n.name === null ? '' : ` (${n.name})`}`;
  return `${file}:${n.line}:${doc}${n.path ? ` ${n.path}` : ''}: ${n.message}`;
}
