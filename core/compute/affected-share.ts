import { DEGRADED, MAINTENANCE, MAJOR, PARTIAL, type RecordKinds, type RecordTable } from '../model/records';
import type { Settings } from '../model/settings';

export { MAJOR, PARTIAL, DEGRADED, MAINTENANCE };

export type Weights = Settings['weights'];

/** Downtime weight of a severity (SPEC 4): major 1, partial and degraded from settings, maintenance 0. */
export function severityWeight(code: number, weights: Weights): number {
  if (code === MAJOR) return 1;
  if (code === PARTIAL) return weights.partial;
  if (code === DEGRADED) return weights.degraded;
  return 0;
}

/** Region shares by region code of a table (NaN: the region has no share in the settings). */
export function regionShareByCode(table: RecordTable, shares: Record<string, number>): Float64Array {
  const out = new Float64Array(table.regions.length).fill(NaN);
  table.regions.forEach((name, code) => {
    const s = shares[name];
    if (s !== undefined) out[code] = s;
  });
  return out;
}

/**
 * f(r) of SPEC 5: the record's own affected share, else its region's share from the settings, else its
 * severity weight. Maintenance affects nobody (0), even when the log gives it an affected share. Records of
 * one kind share it: `kind` indexes `kinds`.
 */
export function affectedShare(kinds: RecordKinds, kind: number, weights: Weights, regionShares: Float64Array): number {
  const sev = kinds.severity[kind]!;
  if (sev === MAINTENANCE) return 0;
  const own = kinds.affected[kind]!;
  if (!Number.isNaN(own)) return own;
  const region = kinds.region[kind]!;
  if (region >= 0) {
    const share = regionShares[region]!;
    if (!Number.isNaN(share)) return share;
  }
  return severityWeight(sev, weights);
}
