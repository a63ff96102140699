import type { Diagnostic } from '../model/import-result';
import type { CreditCommitment } from '../model/report-model';
import { creditsFor, targetFor } from '../model/settings-lookup';
import { creditTiers, tierCommitment } from '../model/credit-settings';
import type { Settings } from '../model/settings';

/**
 * The commitment of each shown service's credit tiers (their highest threshold) beside its target (SPEC 4).
 * Services without tiers are left out.
 */
export function creditCommitments(settings: Settings, shown: readonly string[]): CreditCommitment[] {
  const out: CreditCommitment[] = [];
  for (const service of shown) {
    const credits = creditsFor(settings, service);
    const commitment = tierCommitment(creditTiers(credits));
    if (commitment === null) continue;
    const target = targetFor(settings, service);
    out.push({ service, tiers: credits.preset, commitment, target, matchesTarget: commitment === target });
  }
  return out;
}

const percent = (f: number): string => `${Number((f * 100).toPrecision(10))} %`;

/**
 * The report's word on targets their credit tiers do not pay for: one diagnostic per tiers and target, naming
 * the services it holds for (a log of fifty services under one preset reads one line, not fifty).
 */
export function commitmentDiagnostics(commitments: readonly CreditCommitment[]): Diagnostic[] {
  const groups = new Map<string, CreditCommitment[]>();
  for (const c of commitments) {
    if (c.matchesTarget) continue;
    const key = JSON.stringify([c.tiers, c.commitment, c.target]);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const c = group[0]!;
    const names = group.map((g) => g.service);
    const services =
      names.length === 1
        ? `service ${names[0]}`
        : `services ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
    const tiers = c.tiers === 'custom' ? 'custom credit tiers' : `credit tiers ${c.tiers}`;
    const consequence =
      c.commitment > c.target
        ? 'a period can meet the target and still owe a credit'
        : 'a period can miss the target and owe no credit';
    return {
      line: 0,
      message:
        `${services}: ${tiers} pay credits below ${percent(c.commitment)} but the target is ` +
        `${percent(c.target)}: ${consequence}; set the target to ${percent(c.commitment)} or choose tiers that match`,
    };
  });
}

/** One diagnostic for the records the minimum outage dropped (SPEC 4); null when it dropped none. */
export function shortRecordsDiagnostic(count: number, minOutageMinutes: number): Diagnostic | null {
  if (count === 0) return null;
  return {
    line: 0,
    message: `${count} record${count === 1 ? '' : 's'} shorter than the minimum outage of ${minOutageMinutes} min dropped`,
  };
}
