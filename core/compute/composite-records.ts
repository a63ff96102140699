import type { Diagnostic } from '../model/import-result';
import {
  DEGRADED,
  MAINTENANCE,
  MAJOR,
  PARTIAL,
  SEVERITIES,
  type ObservedTime,
  type OutageRecord,
  type RecordTable,
} from '../model/records';
import { endAt, startAt } from '../model/record-table';
import { UNATTRIBUTED_SERVICE, type Settings } from '../model/settings';
import { severityWeight, type Weights } from './affected-share';
import { compositeLeaves, parseCompositeExpression, type CompositeNode } from './composite-expression';
import {
  combineSteps,
  FIRST_DOWN,
  intervalSteps,
  MAINTENANCE_STATE,
  NO_DATA,
  observedSteps,
  withNoData,
  type Steps,
} from './composite-steps';
import { observedOf, serviceStartInstant, type Observed } from './observed-spans';
import { PLATFORM } from './service-rows';
import { serviceCodeOf } from '../model/service-codes';

/** A composite service as the engine sweeps it: records and observed time derived from its components'. */
export interface CompositeTimeline {
  name: string;
  root: CompositeNode;
  /** the composite's own records, service `name`, inside the window */
  records: OutageRecord[];
  observed: Observed;
}

export interface CompositeSetup {
  /** the composites that could be built, in the settings' order */
  timelines: Map<string, CompositeTimeline>;
  /** one per composite left out, naming why */
  diagnostics: Diagnostic[];
}

/**
 * Severities by weight, lightest first (ties: degraded, partial, major): the down code of a severity is
 * FIRST_DOWN + its place here, so max picks the heaviest weight and min the lightest.
 */
function downRanks(weights: Weights): number[] {
  return [DEGRADED, PARTIAL, MAJOR].sort((a, b) => severityWeight(a, weights) - severityWeight(b, weights));
}

/**
 * Each composite's records and observed time over [from, to) (the report's range), from the actual outage
 * timelines of its components: a series is in the worst state of its parts at each instant, a parallel in
 * the best (see composite-steps.ts for the order of states). A component is a service of the log (its
 * records plus the platform-wide ones, SPEC 5 R_s; no data outside its observed time and before its service
 * start) or a composite defined before it.
 */
export function compositeTimelines(
  table: RecordTable,
  observed: ObservedTime | null,
  logServices: readonly string[],
  settings: Pick<
    Settings,
    'composites' | 'weights' | 'serviceStart' | 'reportTimeZone' | 'minOutageMinutes' | 'unattributed'
  >,
  window: { from: number; to: number },
): CompositeSetup {
  const ranks = downRanks(settings.weights);
  const codeOf = (severity: number): number =>
    severity === MAINTENANCE ? MAINTENANCE_STATE : FIRST_DOWN + ranks.indexOf(severity);
  const diagnostics: Diagnostic[] = [];
  const known = new Set(logServices.filter((s) => s !== PLATFORM));
  const defined = new Map<string, CompositeNode>();
  for (const c of settings.composites) {
    const skip = (why: string): void => {
      diagnostics.push({ line: 0, message: `composite ${c.name}: ${why}; it is left out of the report` });
    };
    if (known.has(c.name)) skip(`the log already has a service named "${c.name}"`);
    else if (defined.has(c.name)) skip('defined twice');
    else {
      const root = parseCompositeExpression(c.expression);
      const missing = compositeLeaves(root).filter((s) => !known.has(s) && !defined.has(s));
      if (missing.length) skip(`the log has no service ${missing.map((s) => `"${s}"`).join(', ')}`);
      else defined.set(c.name, root);
    }
  }

  const leaves = new Set<string>();
  for (const root of defined.values()) for (const s of compositeLeaves(root)) if (known.has(s)) leaves.add(s);
  const steps = serviceSteps(table, observed, [...leaves], codeOf, settings);
  const evaluate = (n: CompositeNode): Steps =>
    n.kind === 'service'
      ? steps.get(n.name)!
      : combineSteps(n.parts.map(evaluate), n.kind === 'series' ? (c) => Math.max(...c) : (c) => Math.min(...c));

  const timelines = new Map<string, CompositeTimeline>();
  const severityOf = new Map<number, OutageRecord['severity']>(
    [MAJOR, PARTIAL, DEGRADED, MAINTENANCE].map((s) => [codeOf(s), SEVERITIES[s]!]),
  );
  for (const [name, root] of defined) {
    const s = evaluate(root);
    steps.set(name, s);
    timelines.set(name, { name, root, ...clippedTimeline(name, s, severityOf, window) });
  }
  return { timelines, diagnostics };
}

/** Each named service's state steps: R_s's records by code, NO_DATA outside its observed time. */
function serviceSteps(
  table: RecordTable,
  observed: ObservedTime | null,
  names: readonly string[],
  codeOf: (severity: number) => number,
  settings: Pick<Settings, 'serviceStart' | 'reportTimeZone' | 'minOutageMinutes' | 'unattributed'>,
): Map<string, Steps> {
  const minMs = settings.minOutageMinutes * 60_000;
  // with unattributed own, the platform-wide records are service (unattributed)'s alone (SPEC 4)
  const sharedBy = (s: string): boolean => settings.unattributed !== 'own' || s === UNATTRIBUTED_SERVICE;
  const byCode = new Map<number, { start: number; end: number; code: number }[]>();
  for (const s of names) {
    const c = serviceCodeOf(table.services, s);
    if (c >= 0) byCode.set(c, []);
  }
  const shared: { start: number; end: number; code: number }[] = [];
  for (let i = 0; i < table.count; i++) {
    const c = table.service[i]!;
    const list = c < 0 ? shared : byCode.get(c);
    const start = startAt(table, i);
    const end = endAt(table, i);
    // SPEC 4 minimum outage: a component's short records are dropped, as its own row drops them
    if (list && end - start >= minMs)
      list.push({
        start,
        end,
        code: codeOf(table.kinds.severity[table.kind[i]!]!),
      });
  }
  const out = new Map<string, Steps>();
  for (const s of names) {
    const own = byCode.get(serviceCodeOf(table.services, s)) ?? [];
    const o = observedOf(observed, s, serviceStartInstant(settings.serviceStart, s, settings.reportTimeZone));
    const seen = observedSteps(o.starts === null ? null : { starts: o.starts, ends: o.ends }, o.from);
    out.set(s, withNoData(intervalSteps(sharedBy(s) ? [...own, ...shared] : own), seen));
  }
  return out;
}

/** Records (down and maintenance steps) and observed time (all but NO_DATA) of steps, inside the window. */
function clippedTimeline(
  name: string,
  s: Steps,
  severityOf: ReadonlyMap<number, OutageRecord['severity']>,
  window: { from: number; to: number },
): Pick<CompositeTimeline, 'records' | 'observed'> {
  const records: OutageRecord[] = [];
  const spans: number[] = [];
  let noData = false;
  for (let j = 0; j < s.times.length; j++) {
    const a = Math.max(s.times[j]!, window.from);
    const b = Math.min(s.times[j + 1] ?? Infinity, window.to);
    if (a >= b) continue;
    const code = s.codes[j]!;
    if (code === NO_DATA) {
      noData = true;
      continue;
    }
    const n = spans.length;
    if (n > 0 && spans[n - 1] === a) spans[n - 1] = b;
    else spans.push(a, b);
    const severity = severityOf.get(code);
    if (severity) records.push({ start: a, end: b, service: name, severity, open: false, line: 0 });
  }
  const time: ObservedTime | null = noData
    ? { kind: 'event', maxGapMs: null, services: [{ service: name, spans: Float64Array.from(spans) }] }
    : null;
  return { records, observed: observedOf(time, name, -Infinity) };
}
