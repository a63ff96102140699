import type { PeriodFigures } from '../model/report-model';
import { SEVERITIES } from '../model/records';
import { creditsFor, creditTiers, feeFor, targetFor, usersFor, type Settings } from '../model/settings';
import { creditPercent, THRESHOLD_TOLERANCE_PERCENT } from './credits';
import type { PeriodMinutes } from './period-minutes';

const MS_PER_MINUTE = 60_000;

/**
 * The SPEC 5 figures of one service over one period, from its additive minutes. Only settings that need no
 * sweep are read here (maintenance counting, target, credits, users, rates), so changing them is instant.
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
  const maintenanceMinutes = m.maintenanceMs / MS_PER_MINUTE;
  // NoData (SPEC 5) is subtracted here once observed time fills noDataMs; with maintenance excluded it is
  // |Maint ∪ NoData|, which needs the two as intervals, not as these sums
  const noDataMinutes = m.noDataMs / MS_PER_MINUTE;
  const eligibleMinutes = settings.countMaintenance ? periodMinutes : periodMinutes - maintenanceMinutes;
  // each integral is a difference of running sums over the whole log, exact to a rounding step: a month down
  // throughout came out 2e-16 above its eligible time (availability -2.2e-16, found by the fuzz test), so the
  // figures are held to the bounds they have by definition
  const downtimeMinutes = within(
    (settings.countMaintenance ? m.downtimeCountedMs : m.downtimeExcludedMs) / MS_PER_MINUTE,
    eligibleMinutes,
  );
  const availability = eligibleMinutes > 0 ? 1 - downtimeMinutes / eligibleMinutes : null;
  const target = targetFor(settings, service);
  const budgetMinutes = (1 - target) * eligibleMinutes;
  const shareMinutes = within(m.shareMs / MS_PER_MINUTE, periodMinutes - noDataMinutes);
  const impact: Record<string, number> = {};
  for (const rate of settings.rates) impact[rate.name] = rate.perMinute * shareMinutes;
  const sampleDenominator = m.samplesAll - m.samplesMaintenance;
  const credit = creditPercent(availability, creditTiers(creditsFor(settings, service)));
  const fee = feeFor(settings, service);
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
    target,
    // the same tolerance as credits, as a fraction: meeting the target exactly counts as met
    met: availability === null ? null : availability >= target - THRESHOLD_TOLERANCE_PERCENT / 100,
    budgetMinutes,
    budgetRemainingMinutes: budgetMinutes - downtimeMinutes,
    budgetConsumed: budgetMinutes > 0 ? downtimeMinutes / budgetMinutes : null,
    creditPercent: credit,
    creditAmount: fee === null ? null : (credit / 100) * fee * feeMonths,
    episodes: m.episodes,
    mttrMinutes: repairs > 0 ? repairMs / repairs / MS_PER_MINUTE : null,
    longestEpisodeMinutes: m.longestEpisodeMs / MS_PER_MINUTE,
    mtbfMinutes: m.episodes > 0 ? (eligibleMinutes - downtimeMinutes) / m.episodes : null,
    noDataMinutes,
    counts: Object.fromEntries(SEVERITIES.map((sev, i) => [sev, m.counts[i]!])) as PeriodFigures['counts'],
    userMinutesLost: users === null ? null : users * shareMinutes,
    userAvailability: periodMinutes - noDataMinutes > 0 ? 1 - shareMinutes / (periodMinutes - noDataMinutes) : null,
    impact,
    sampleAvailability: sampleDenominator > 0 ? m.samplesUp / sampleDenominator : null,
    period,
  };
}

/** x held to [0, most]. */
function within(x: number, most: number): number {
  return x < 0 ? 0 : x > most ? most : x;
}
