import { z } from 'zod';

/** Service credits (SPEC 4): the vendors' tier tables, custom tiers, and the commitment a table pays for. */

export const CREDIT_PRESETS = {
  'aws-ec2': [
    { belowPercent: 99.99, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 30 },
    { belowPercent: 95, creditPercent: 100 },
  ],
  'gcp-compute': [
    { belowPercent: 99.99, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 25 },
    { belowPercent: 95, creditPercent: 50 },
  ],
  'azure-vm': [
    { belowPercent: 99.99, creditPercent: 10 },
    { belowPercent: 99, creditPercent: 25 },
    { belowPercent: 95, creditPercent: 100 },
  ],
  m365: [
    { belowPercent: 99.9, creditPercent: 25 },
    { belowPercent: 99, creditPercent: 50 },
    { belowPercent: 95, creditPercent: 100 },
  ],
} as const;
export type CreditPresetName = keyof typeof CREDIT_PRESETS;
export const CREDIT_PRESET_NAMES = Object.keys(CREDIT_PRESETS) as CreditPresetName[];

export const creditTierSchema = z.object({
  belowPercent: z.number().finite().min(0).max(100),
  creditPercent: z.number().finite().min(0).max(100),
});
export type CreditTier = z.infer<typeof creditTierSchema>;

export const creditsSchema = z.discriminatedUnion('preset', [
  z.object({ preset: z.literal('none') }),
  z.object({ preset: z.enum(CREDIT_PRESET_NAMES as [CreditPresetName, ...CreditPresetName[]]) }),
  z.object({ preset: z.literal('custom'), tiers: z.array(creditTierSchema).max(20) }),
]);
export type Credits = z.infer<typeof creditsSchema>;

/**
 * The availability a tier table pays for (SPEC 4): its highest threshold, as a fraction; null without
 * tiers. A service whose target differs from it is named in the report.
 */
export function tierCommitment(tiers: readonly CreditTier[]): number | null {
  if (tiers.length === 0) return null;
  return Number((Math.max(...tiers.map((t) => t.belowPercent)) / 100).toPrecision(12));
}

export function creditTiers(credits: Credits): readonly CreditTier[] {
  if (credits.preset === 'none') return [];
  if (credits.preset === 'custom') return credits.tiers;
  return CREDIT_PRESETS[credits.preset];
}

/**
 * Credit tiers as people type them (SPEC 4 `--credits`): a preset name, "none", or "THRESHOLD:PCT,..." such
 * as "99.9:10, 99:25, 95:100" (percent both sides, any order). A string is the reason it is not.
 */
export function parseCredits(text: string): Credits | string {
  const t = text.trim();
  if (t === 'none') return { preset: 'none' };
  if ((CREDIT_PRESET_NAMES as readonly string[]).includes(t)) return { preset: t as CreditPresetName };
  const tiers: CreditTier[] = [];
  for (const part of t.split(',')) {
    const m = /^\s*<?\s*(\d+(?:\.\d+)?)\s*%?\s*:\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(part);
    if (!m) {
      return `expected ${CREDIT_PRESET_NAMES.join(', ')}, none, or tiers THRESHOLD:PCT,... such as 99.9:10,99:25,95:100; got "${text}"`;
    }
    const tier = { belowPercent: Number(m[1]), creditPercent: Number(m[2]) };
    if (tier.belowPercent > 100 || tier.creditPercent > 100)
      return `a tier's threshold and credit are percentages up to 100: "${part.trim()}"`;
    tiers.push(tier);
  }
  if (new Set(tiers.map((x) => x.belowPercent)).size !== tiers.length)
    return `two tiers share a threshold in "${text}"`;
  return { preset: 'custom', tiers };
}
