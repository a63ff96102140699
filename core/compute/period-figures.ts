import type { PeriodFigures } from '../model/report-model';
import { SEVERITIES } from '../model/records';
import { creditsFor, feeFor, targetFor, usersFor } from '../model/settings-lookup';
import { creditTiers } from '../model/credit-settings';
import type { Settings } from '../model/settings';
import { creditPercent, THRESHOLD_TOLERANCE_PERCENT } from './credits';
import type { PeriodMinutes } from './period-minutes';
import { coversEverything } from '../time/business-hours';

const MS_PER_MINUTE = 60_000;

/**
 * The SPEC 5 figures of one service over one period, from its additive minutes. Only settings that need no
 * sweep are read here (maintenance counting, target, credits, fees, users, rates), so changing them is instant.
 */
export function periodFigures(
  service: string,
  month: string | null,
  m: PeriodMinutes,
  settings: Settings,
  /** "YYYY-MM", "YYYY-Qn", "YYYY" or "all" */
  period: string,
  /** calendar months the period holds: the monthly fee is paid for each */
  feeMonths: number,
): PeriodFigures {
  const periodMinutes = m.periodMs / MS_PER_MINUTE;
  const noDataMinutes = m.noDataMs / MS_PER_MINUTE;
  // docs/spec.md 5d: under business hours every integral is taken inside covered time (coveredMs = periodMs
  // without a calendar)
  const coveredMinutes = m.coveredMs / MS_PER_MINUTE;
  // SPEC 5: Maint and NoData never overlap here (records lie in observed time, and a service's sweep is
  // read from its start on), so |(Maint ∪ NoData) ∩ m| is their sum
  const observedMinutes = coveredMinutes - noDataMinutes;
  const maintenanceMinutes = m.maintenanceMs / MS_PER_MINUTE;
  const eligibleMinutes = settings.countMaintenance ? observedMinutes : observedMinutes - maintenanceMinutes;
  // each integral is a difference of running sums over the whole log, exact to a rounding step: a month down
  // throughout came out 2e-16 above its eligible time (availability -2.2e-16, found by the fuzz test), so the
  // figures are held to the bounds they have by definition
  const downtimeMinutes = within(
    (settings.countMaintenance ? m.downtimeCountedMs : m.downtimeExcludedMs) / MS_PER_MINUTE,
    eligibleMinutes,
  );
  const availability = eligibleMinutes > 0 ? 1 - downtimeMinutes / eligibleMinutes : null;
  const byTarget = targetFigures({ service, availability, eligibleMinutes, downtimeMinutes }, settings, feeMonths);
  const shareMinutes = within(m.shareMs / MS_PER_MINUTE, observedMinutes);
  const impact: Record<string, number> = {};
  for (const rate of settings.rates) impact[rate.name] = rate.perMinute * shareMinutes;
  const sampleDenominator = m.samplesAll - m.samplesMaintenance;
  const users = usersFor(settings, service);
  const record = settings.mttrBasis === 'record';
  const repairs = record ? m.recordCount : m.episodes;
  const repairMs = record ? m.recordMs : m.episodeMs;
  return {
    service,
    month,
    periodMinutes,
    eligibleMinutes,
    downtimeMinutes,
    availability,
    // listed one by one: the row's fields keep SPEC 7's order
    target: byTarget.target,
    met: byTarget.met,
    budgetMinutes: byTarget.budgetMinutes,
    budgetRemainingMinutes: byTarget.budgetRemainingMinutes,
    budgetConsumed: byTarget.budgetConsumed,
    creditPercent: byTarget.creditPercent,
    creditAmount: byTarget.creditAmount,
    episodes: m.episodes,
    mttrMinutes: repairs > 0 ? repairMs / repairs / MS_PER_MINUTE : null,
    longestEpisodeMinutes: m.longestEpisodeMs / MS_PER_MINUTE,
    mtbfMinutes: m.episodes > 0 ? (eligibleMinutes - downtimeMinutes) / m.episodes : null,
    noDataMinutes,
    counts: Object.fromEntries(SEVERITIES.map((sev, i) => [sev, m.counts[i]!])) as PeriodFigures['counts'],
    userMinutesLost: users === null ? null : users * shareMinutes,
    userAvailability: observedMinutes > 0 ? 1 - shareMinutes / observedMinutes : null,
    impact,
    sampleAvailability: sampleDenominator > 0 ? m.samplesUp / sampleDenominator : null,
    period,
    ...(!coversEverything(settings.businessHours) && { coveredMinutes }),
  };
}

/** The figures of a row that its target, credit tiers and fee decide: what a target change re-derives (core/report/retarget.ts). */
export type TargetFigures = Pick<
  PeriodFigures,
  'target' | 'met' | 'budgetMinutes' | 'budgetRemainingMinutes' | 'budgetConsumed' | 'creditPercent' | 'creditAmount'
>;

/**
 * SPEC 5's target, met, budget and credit of one row, from its availability and minutes: no sweep needed.
 * `feeMonths`: the calendar months the row's period holds (the fee is monthly).
 */
export function targetFigures(
  row: Pick<PeriodFigures, 'service' | 'availability' | 'eligibleMinutes' | 'downtimeMinutes'>,
  settings: Settings,
  feeMonths: number,
): TargetFigures {
  const { availability, eligibleMinutes, downtimeMinutes } = row;
  const target = targetFor(settings, row.service);
  const budgetMinutes = (1 - target) * eligibleMinutes;
  const credit = creditPercent(availability, creditTiers(creditsFor(settings, row.service)));
  const fee = feeFor(settings, row.service);
  return {
    target,
    // the same tolerance as credits, as a fraction: meeting the target exactly counts as met
    met: availability === null ? null : availability >= target - THRESHOLD_TOLERANCE_PERCENT / 100,
    budgetMinutes,
    budgetRemainingMinutes: budgetMinutes - downtimeMinutes,
    budgetConsumed: budgetMinutes > 0 ? downtimeMinutes / budgetMinutes : null,
    creditPercent: credit,
    creditAmount: fee === null ? null : (credit / 100) * fee * feeMonths,
  };
}

/** x held to [0, most]. */
function within(x: number, most: number): number {
  return x < 0 ? 0 : x > most ? most : x;
}
