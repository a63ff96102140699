import type { BurnAlert, UncaughtOutage } from '../model/report-model';
import type { BurnRule } from '../model/burn-rules';
import { MS_PER_MINUTE } from '../time/civil-time';
import { MASK_MAINTENANCE } from './sweep';
import { upperBound, type SweepIndex } from './period-minutes';

/**
 * A service's downtime as a step function: w over [times[j], times[j+1]), 0 before times[0] and from the last
 * time on. Only the instants where the downtime weight changes are kept, so it is as long as the outages, not
 * as the log; both maintenance choices are kept so switching needs no new sweep.
 */
export interface DowntimeSteps {
  times: Float64Array;
  /** SPEC 5's integrand with maintenance excluded (0 in maintenance) */
  excluded: Float64Array;
  /** with maintenance counted (1 in maintenance) */
  counted: Float64Array;
}

/** A copy of a sweep's downtime steps (the sweep's own arrays may be reused by the next service's sweep). */
export function downtimeSteps(index: SweepIndex): DowntimeSteps {
  const { times, mask } = index.sweep;
  const t: number[] = [];
  const ex: number[] = [];
  const co: number[] = [];
  for (let j = 0; j < times.length; j++) {
    const m = mask[j]!;
    // the last segment has no end: nothing is down from there on
    const last = j === times.length - 1;
    const e = last || m & MASK_MAINTENANCE ? 0 : index.weightOf[m]!;
    const c = last ? 0 : m & MASK_MAINTENANCE ? 1 : index.weightOf[m]!;
    const n = ex.length;
    if (n > 0 ? ex[n - 1] === e && co[n - 1] === c : e === 0 && c === 0) continue;
    t.push(times[j]!);
    ex.push(e);
    co.push(c);
  }
  return { times: Float64Array.from(t), excluded: Float64Array.from(ex), counted: Float64Array.from(co) };
}

/** A step function ready for window integrals: P[j] = ∫ of w up to times[j]. */
interface Integrable {
  times: Float64Array;
  w: Float64Array;
  prefix: Float64Array;
}

function integrable(times: Float64Array, w: Float64Array): Integrable {
  const prefix = new Float64Array(times.length);
  for (let j = 1; j < times.length; j++) prefix[j] = prefix[j - 1]! + w[j - 1]! * (times[j]! - times[j - 1]!);
  return { times, w, prefix };
}

/**
 * ∫ of w over (-∞, x) for x that never decrease: the replay asks at ascending corners, so each of its
 * windows' ends walks the steps once instead of searching them at every corner.
 */
function cursorOf(s: Integrable): (x: number) => number {
  let j = -1;
  return (x) => {
    while (j + 1 < s.times.length && s.times[j + 1]! <= x) j++;
    return j < 0 ? 0 : s.prefix[j]! + s.w[j]! * (x - s.times[j]!);
  };
}

/** Maximal intervals where w > 0: the outages a replay judges, [start, end). */
export function outages(s: { times: Float64Array; w: Float64Array }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let j = 0; j < s.times.length; j++) {
    const down = s.w[j]! > 0;
    const open = out.length > 0 && out[out.length - 1]!.end === Infinity;
    if (down && !open) out.push({ start: s.times[j]!, end: Infinity });
    else if (!down && open) out[out.length - 1]!.end = s.times[j]!;
  }
  return out;
}

/** Two alert spans closer than this are one: roots of the window integrals carry rounding of a few ulps. */
const JOIN_MS = 1;

/**
 * The spans where a rule fires: downtime over the long window > burnRate × (1 − target) × long, and the same
 * over the short window. Each window's downtime D(t) = I(t) − I(t − W) is piecewise linear with corners at
 * the steps' times and those times plus W, so between two neighbouring corners both conditions are linear
 * and their crossings are solved exactly: the cost is the number of steps, not of minutes.
 */
export function alertSpans(
  steps: { times: Float64Array; w: Float64Array },
  rule: BurnRule,
  target: number,
): { firedAt: number; resolvedAt: number }[] {
  const s = integrable(steps.times, steps.w);
  const k = s.times.length;
  if (k === 0) return [];
  const long = rule.longMinutes * MS_PER_MINUTE;
  const short = rule.shortMinutes * MS_PER_MINUTE;
  const corners = new Float64Array(3 * k);
  for (let j = 0; j < k; j++) {
    corners[3 * j] = s.times[j]!;
    corners[3 * j + 1] = s.times[j]! + short;
    corners[3 * j + 2] = s.times[j]! + long;
  }
  corners.sort();
  // budget share per ms of window that the rule tolerates
  const rate = rule.burnRate * (1 - target);
  const [now, longAgo, shortAgo] = [cursorOf(s), cursorOf(s), cursorOf(s)];
  // asked once per corner for each window, corners ascending: every cursor only moves forward
  let at = NaN;
  let upTo = 0;
  const excess = (x: number, window: number): number => {
    if (x !== at) {
      at = x;
      upTo = now(x);
    }
    return upTo - (window === long ? longAgo : shortAgo)(x - window) - rate * window;
  };
  const spans: { firedAt: number; resolvedAt: number }[] = [];
  let x0 = corners[0]!;
  let l0 = excess(x0, long);
  let s0 = excess(x0, short);
  for (let c = 1; c < corners.length; c++) {
    const x1 = corners[c]!;
    if (x1 === x0) continue;
    const l1 = excess(x1, long);
    const s1 = excess(x1, short);
    const a = positivePart(x0, x1, l0, l1);
    const b = positivePart(x0, x1, s0, s1);
    if (a && b) {
      const lo = Math.max(a[0], b[0]);
      const hi = Math.min(a[1], b[1]);
      if (lo < hi) {
        const last = spans[spans.length - 1];
        if (last && lo - last.resolvedAt <= JOIN_MS) last.resolvedAt = hi;
        else spans.push({ firedAt: lo, resolvedAt: hi });
      }
    }
    x0 = x1;
    l0 = l1;
    s0 = s1;
  }
  return spans;
}

/** Where the linear function through (x0, f0) and (x1, f1) is above 0, within [x0, x1]; null: nowhere. */
function positivePart(x0: number, x1: number, f0: number, f1: number): [number, number] | null {
  if (f0 <= 0 && f1 <= 0) return null;
  if (f0 > 0 && f1 > 0) return [x0, x1];
  const root = x0 + ((x1 - x0) * f0) / (f0 - f1);
  return f0 > 0 ? [x0, root] : [root, x1];
}

/** "14.4:1h:5m": the rule as `--burn-rule` takes it. */
export function ruleLabel(rule: BurnRule): string {
  return `${rule.burnRate}:${windowLabel(rule.longMinutes)}:${windowLabel(rule.shortMinutes)}`;
}

function windowLabel(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/**
 * Every rule replayed over one service's downtime (docs/spec.md 5b): the alerts that fired in [from, to) and
 * the outages starting there that no alert covered.
 */
export function replayBurnRules(
  service: string,
  steps: { times: Float64Array; w: Float64Array },
  rules: readonly BurnRule[],
  target: number,
  from: number,
  to: number,
): { alerts: BurnAlert[]; uncaught: UncaughtOutage[] } {
  const runs = outages(steps);
  const starts = Float64Array.from(runs, (r) => r.start);
  const alerts: BurnAlert[] = [];
  const spans: { firedAt: number; resolvedAt: number }[] = [];
  for (const rule of rules) {
    const label = ruleLabel(rule);
    for (const span of alertSpans(steps, rule, target)) {
      spans.push(span);
      if (span.firedAt < from || span.firedAt >= to) continue;
      // the downtime over a window only grows during an outage, so a rule starts firing inside one
      const run = runs[Math.max(0, upperBound(starts, span.firedAt) - 1)]!;
      alerts.push({
        service,
        rule: label,
        firedAt: span.firedAt,
        resolvedAt: span.resolvedAt,
        episodeStart: run.start,
        delayMinutes: (span.firedAt - run.start) / MS_PER_MINUTE,
      });
    }
  }
  alerts.sort((a, b) => a.firedAt - b.firedAt);
  const firing = unionOf(spans);
  const firingStarts = Float64Array.from(firing, (s) => s.firedAt);
  const uncaught: UncaughtOutage[] = [];
  for (const run of runs) {
    if (run.start < from || run.start >= to) continue;
    // caught: some alert was firing at an instant of the outage (one still firing from an earlier outage too)
    const last = firing[upperBound(firingStarts, run.end) - 1];
    if (last && last.resolvedAt >= run.start) continue;
    uncaught.push({ service, episodeStart: run.start, minutes: (run.end - run.start) / MS_PER_MINUTE });
  }
  return { alerts, uncaught };
}

/** The spans of every rule as disjoint spans in time order: when any alert was firing. */
function unionOf(spans: { firedAt: number; resolvedAt: number }[]): { firedAt: number; resolvedAt: number }[] {
  const sorted = [...spans].sort((a, b) => a.firedAt - b.firedAt);
  const out: { firedAt: number; resolvedAt: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.firedAt <= last.resolvedAt) last.resolvedAt = Math.max(last.resolvedAt, s.resolvedAt);
    else out.push({ ...s });
  }
  return out;
}
