/**
 * A component's state over time as a step function, for composite services (issue 18 item 3). States are
 * ordered codes so that a series is the pointwise max of its parts and a parallel the pointwise min:
 * UP < NO_DATA < down codes (by weight) < MAINTENANCE. See docs/methodology.md, "Composite services".
 */
export const UP = 0;
export const NO_DATA = 1;
/** the first down code: down codes are FIRST_DOWN + the severity's rank by weight (see downRanks) */
export const FIRST_DOWN = 2;
export const MAINTENANCE_STATE = 5;

/** codes[j] holds on [times[j], times[j + 1]) (the last one to +Infinity); times[0] is -Infinity. */
export interface Steps {
  times: number[];
  codes: number[];
}

export const constantSteps = (code: number): Steps => ({ times: [-Infinity], codes: [code] });

/** Appends a step, skipping one that starts where the last did or repeats its code. */
function push(out: Steps, t: number, code: number): void {
  const n = out.times.length;
  if (n > 0 && out.times[n - 1] === t) {
    out.codes[n - 1] = code;
    // the replaced step may now repeat the one before it
    if (n > 1 && out.codes[n - 2] === code) {
      out.times.pop();
      out.codes.pop();
    }
    return;
  }
  if (n > 0 && out.codes[n - 1] === code) return;
  out.times.push(t);
  out.codes.push(code);
}

/** The pointwise combination f(codes of each part at t) of step functions. */
export function combineSteps(parts: readonly Steps[], f: (codes: readonly number[]) => number): Steps {
  const at = parts.map(() => 0);
  const now = parts.map((p) => p.codes[0]!);
  const out: Steps = { times: [], codes: [] };
  push(out, -Infinity, f(now));
  for (;;) {
    let t = Infinity;
    parts.forEach((p, i) => {
      const next = p.times[at[i]! + 1];
      if (next !== undefined && next < t) t = next;
    });
    if (t === Infinity) return out;
    parts.forEach((p, i) => {
      if (p.times[at[i]! + 1] === t) now[i] = p.codes[++at[i]!]!;
    });
    push(out, t, f(now));
  }
}

/** A state change at an instant: +1 or -1 active interval of a code. */
interface Edge {
  t: number;
  code: number;
  delta: 1 | -1;
}

/**
 * The state of a set of [start, end) intervals, each with a code above UP: at each instant the highest
 * code among the active ones, UP where none is.
 */
export function intervalSteps(intervals: readonly { start: number; end: number; code: number }[]): Steps {
  const edges: Edge[] = [];
  for (const r of intervals) {
    // a zero-length record is active at no instant (SPEC 5: start <= t < end)
    if (r.end <= r.start) continue;
    edges.push({ t: r.start, code: r.code, delta: 1 }, { t: r.end, code: r.code, delta: -1 });
  }
  edges.sort((a, b) => a.t - b.t);
  const active = new Array<number>(MAINTENANCE_STATE + 1).fill(0);
  const out = constantSteps(UP);
  let i = 0;
  while (i < edges.length) {
    const t = edges[i]!.t;
    for (; i < edges.length && edges[i]!.t === t; i++) active[edges[i]!.code]! += edges[i]!.delta;
    let code = UP;
    for (let c = MAINTENANCE_STATE; c > UP; c--) {
      if (active[c]! > 0) {
        code = c;
        break;
      }
    }
    push(out, t, code);
  }
  return out;
}

/** The observed time as steps: UP where observed, NO_DATA elsewhere; `spans` null: observed throughout. */
export function observedSteps(spans: { starts: Float64Array; ends: Float64Array } | null, from: number): Steps {
  const out = constantSteps(spans === null ? UP : NO_DATA);
  if (spans === null) {
    if (from > -Infinity) {
      out.codes[0] = NO_DATA;
      push(out, from, UP);
    }
    return out;
  }
  for (let k = 0; k < spans.starts.length; k++) {
    const a = Math.max(spans.starts[k]!, from);
    const b = spans.ends[k]!;
    if (a >= b) continue;
    push(out, a, UP);
    push(out, b, NO_DATA);
  }
  return out;
}

/** A component's state: its records' state where observed, NO_DATA elsewhere (its records there unread). */
export const withNoData = (records: Steps, observed: Steps): Steps =>
  combineSteps([records, observed], ([r, o]) => (o === NO_DATA ? NO_DATA : r!));
