import { figureKey, type FigureRow } from './figures';

export interface Comparison {
  equal: boolean;
  compared: number;
  /** largest difference seen, relative to max(1, |reference|) */
  maxDiff: number;
  problems: string[];
}

/** Minutes are sums of millions of terms in a different order on each side: equal means within 1e-9 relative. */
const TOLERANCE = 1e-9;

function differs(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : Infinity;
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

/** Checks every (service, month) row of ours against the reference; both must hold the same rows. */
export function compareFigures(ours: readonly FigureRow[], reference: readonly FigureRow[]): Comparison {
  const ref = new Map(reference.map((r) => [figureKey(r), r]));
  const problems: string[] = [];
  let maxDiff = 0;
  for (const o of ours) {
    const r = ref.get(figureKey(o));
    if (!r) {
      problems.push(`${o.service} ${o.month}: only in ours`);
      continue;
    }
    ref.delete(figureKey(o));
    for (const field of ['downtimeMinutes', 'eligibleMinutes', 'sampleAvailability'] as const) {
      const d = differs(o[field], r[field]);
      maxDiff = Math.max(maxDiff, d);
      if (d > TOLERANCE) problems.push(`${o.service} ${o.month} ${field}: ours ${o[field]}, DuckDB ${r[field]}`);
    }
  }
  for (const r of ref.values()) problems.push(`${r.service} ${r.month}: only in DuckDB`);
  return { equal: problems.length === 0, compared: ours.length, maxDiff, problems };
}
