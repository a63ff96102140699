import type { CreditTier } from '../model/credit-settings';

/**
 * Availability within this many percentage points of a tier threshold counts as equal to it (not below):
 * ratios of whole milliseconds can land one floating-point step under a threshold they exactly meet.
 */
export const THRESHOLD_TOLERANCE_PERCENT = 1e-9;

/**
 * Service credit (SPEC 4-5): the credit of the lowest threshold that availability (in %) is strictly below;
 * 0 when it is below none, or when availability is undefined (no eligible time: nothing was promised).
 */
export function creditPercent(availability: number | null, tiers: readonly CreditTier[]): number {
  if (availability === null) return 0;
  const percent = availability * 100;
  let best: CreditTier | null = null;
  for (const tier of tiers) {
    if (percent < tier.belowPercent - THRESHOLD_TOLERANCE_PERCENT && (!best || tier.belowPercent < best.belowPercent)) {
      best = tier;
    }
  }
  return best ? best.creditPercent : 0;
}
