import type { PeriodFigures } from '../model/report-model';
import { creditTiers, targetFor, type Settings } from '../model/settings';
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
): PeriodFigures {
  const periodMinutes = m.periodMs / MS_PER_MINUTE;
  const noDataMinutes = m.noDataMs / MS_PER_MINUTE;
  // SPEC 5: Maint and NoData never overlap here (records lie in observed time, and a service's sweep is
  // read from its start on), so |(Maint ∪ NoData) ∩ m| is their sum
  const observedMinutes = periodMinutes - noDataMinutes;
  const maintenanceMinutes = m.maintenanceMs / MS_PER_MINUTE;
  const eligibleMinutes = settings.countMaintenance ? observedMinutes : observedMinutes - maintenanceMinutes;
  const downtimeMinutes = (settings.countMaintenance ? m.downtimeCountedMs : m.downtimeExcludedMs) / MS_PER_MINUTE;
  const availability = eligibleMinutes > 0 ? 1 - downtimeMinutes / eligibleMinutes : null;
  const byTarget = targetFigures({ service, availability, eligibleMinutes, downtimeMinutes }, settings);
  const shareMinutes = m.shareMs / MS_PER_MINUTE;
  const impact: Record<string, number> = {};
  for (const rate of settings.rates) impact[rate.name] = rate.perMinute * shareMinutes;
  const sampleDenominator = m.samplesAll - m.samplesMaintenance;
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
    episodes: m.episodes,
    mttrMinutes: m.episodes > 0 ? m.episodeMs / m.episodes / MS_PER_MINUTE : null,
    longestEpisodeMinutes: m.longestEpisodeMs / MS_PER_MINUTE,
    noDataMinutes,
    userMinutesLost: settings.users * shareMinutes,
    userAvailability: observedMinutes > 0 ? 1 - shareMinutes / observedMinutes : null,
    impact,
    sampleAvailability: sampleDenominator > 0 ? m.samplesUp / sampleDenominator : null,
  };
}

/** The figures of a row that its target and credit tiers decide: what a target change re-derives (core/report/retarget.ts). */
export type TargetFigures = Pick<
  PeriodFigures,
  'target' | 'met' | 'budgetMinutes' | 'budgetRemainingMinutes' | 'budgetConsumed' | 'creditPercent'
>;

/** SPEC 5's target, met, budget and credit of one row, from its availability and minutes: no sweep needed. */
export function targetFigures(
  row: Pick<PeriodFigures, 'service' | 'availability' | 'eligibleMinutes' | 'downtimeMinutes'>,
  settings: Settings,
): TargetFigures {
  const { availability, eligibleMinutes, downtimeMinutes } = row;
  const target = targetFor(settings, row.service);
  const budgetMinutes = (1 - target) * eligibleMinutes;
  return {
    target,
    // the same tolerance as credits, as a fraction: meeting the target exactly counts as met
    met: availability === null ? null : availability >= target - THRESHOLD_TOLERANCE_PERCENT / 100,
    budgetMinutes,
    budgetRemainingMinutes: budgetMinutes - downtimeMinutes,
    budgetConsumed: budgetMinutes > 0 ? downtimeMinutes / budgetMinutes : null,
    creditPercent: creditPercent(availability, creditTiers(settings.credits)),
  };
}
