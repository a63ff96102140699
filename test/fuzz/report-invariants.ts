import { expect } from 'vitest';
import type { PeriodFigures, ReportModel } from '../../core/model/report-model';
import { SEVERITIES } from '../../core/model/records';
import { feeFor, usersFor } from '../../core/model/settings-lookup';

/** a ≈ b relative to the figures' size: sums of doubles in another order differ in the last bits */
function close(a: number, b: number, what: string): void {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(scale * 1e-9);
}

function atMost(a: number, b: number, what: string): void {
  expect(a, what).toBeLessThanOrEqual(b + Math.max(1, Math.abs(b)) * 1e-9);
}

const SUMMED = [
  'periodMinutes',
  'eligibleMinutes',
  'downtimeMinutes',
  'budgetMinutes',
  'noDataMinutes',
  'userMinutesLost',
] as const;

/**
 * SPEC 5 for one row: each figure follows from the others. `users`: the row's user base (null: none set);
 * `fee`: its monthly fee; `months`: how many months of fee the row's own credit is owed for (null: a longer
 * period whose amount is the sum of its SLA periods', checked by checkReport).
 */
export function checkRow(r: PeriodFigures, users: number | null, fee: number | null, months: number | null): void {
  const at = `${r.service} ${r.month ?? 'period'}`;
  expect(r.periodMinutes, at).toBeGreaterThan(0);
  expect(r.eligibleMinutes, at).toBeGreaterThanOrEqual(0);
  expect(r.downtimeMinutes, at).toBeGreaterThanOrEqual(0);
  atMost(r.downtimeMinutes, r.eligibleMinutes, `${at}: downtime <= eligible`);
  atMost(r.eligibleMinutes, r.periodMinutes, `${at}: eligible <= period`);
  // SPEC 5: no data lies inside the period and outside eligible time
  expect(r.noDataMinutes, at).toBeGreaterThanOrEqual(0);
  atMost(r.noDataMinutes, r.periodMinutes, `${at}: no data <= period`);
  atMost(r.eligibleMinutes, r.periodMinutes - r.noDataMinutes, `${at}: eligible <= period - no data`);
  // docs/spec.md 5d: covered time (the period without a calendar) holds eligible time and no data
  const covered = r.coveredMinutes ?? r.periodMinutes;
  atMost(covered, r.periodMinutes, `${at}: covered <= period`);
  atMost(r.eligibleMinutes, covered - r.noDataMinutes, `${at}: eligible <= covered - no data`);

  if (r.eligibleMinutes === 0) expect(r.availability, `${at}: availability null without eligible time`).toBeNull();
  else {
    expect(r.availability, at).not.toBeNull();
    expect(r.availability!, at).toBeGreaterThanOrEqual(0);
    expect(r.availability!, at).toBeLessThanOrEqual(1);
    close(r.availability!, 1 - r.downtimeMinutes / r.eligibleMinutes, `${at}: availability`);
  }
  if (r.availability === null) expect(r.met, at).toBeNull();
  else expect(r.met, `${at}: met iff availability >= target`).toBe(r.availability >= r.target);

  close(r.budgetMinutes, (1 - r.target) * r.eligibleMinutes, `${at}: budget`);
  close(r.budgetRemainingMinutes, r.budgetMinutes - r.downtimeMinutes, `${at}: budget remaining`);
  if (r.budgetMinutes === 0) expect(r.budgetConsumed, at).toBeNull();
  else close(r.budgetConsumed!, r.downtimeMinutes / r.budgetMinutes, `${at}: budget consumed`);

  expect(r.creditPercent, at).toBeGreaterThanOrEqual(0);
  expect(r.creditPercent, at).toBeLessThanOrEqual(100);
  if (fee === null) expect(r.creditAmount, `${at}: no fee, no amount`).toBeNull();
  else if (months !== null) close(r.creditAmount!, (r.creditPercent / 100) * fee * months, `${at}: credit amount`);
  expect(Number.isInteger(r.episodes), at).toBe(true);
  expect(r.episodes, at).toBeGreaterThanOrEqual(0);
  if (r.episodes === 0) {
    expect(r.mttrMinutes, `${at}: no episodes, no MTTR`).toBeNull();
    expect(r.mtbfMinutes, `${at}: no episodes, no MTBF`).toBeNull();
  } else {
    expect(r.mttrMinutes!, at).toBeGreaterThan(0);
    atMost(r.mttrMinutes!, r.longestEpisodeMinutes, `${at}: mean <= longest episode`);
    close(r.mtbfMinutes!, (r.eligibleMinutes - r.downtimeMinutes) / r.episodes, `${at}: MTBF`);
  }
  atMost(r.longestEpisodeMinutes, covered, `${at}: longest episode <= covered time`);
  for (const s of SEVERITIES) {
    expect(Number.isInteger(r.counts[s]) && r.counts[s] >= 0, `${at}: count ${s}`).toBe(true);
  }

  if (users === null) expect(r.userMinutesLost, `${at}: no user base, no user-minutes`).toBeNull();
  else {
    expect(r.userMinutesLost!, at).toBeGreaterThanOrEqual(0);
    atMost(r.userMinutesLost!, users * r.periodMinutes, `${at}: user minutes <= users x period`);
  }
  // SPEC 5: user availability over observed time, null when nothing was observed
  if (r.noDataMinutes === covered) expect(r.userAvailability, `${at}: nothing observed`).toBeNull();
  else {
    expect(r.userAvailability, at).not.toBeNull();
    expect(r.userAvailability!, at).toBeGreaterThanOrEqual(0);
    expect(r.userAvailability!, at).toBeLessThanOrEqual(1);
  }
  for (const [k, v] of Object.entries(r.impact)) {
    expect(Number.isFinite(v) && v >= 0, `${at}: impact ${k} = ${v}`).toBe(true);
  }
  if (r.sampleAvailability !== null) {
    expect(r.sampleAvailability, at).toBeGreaterThanOrEqual(0);
    expect(r.sampleAvailability, at).toBeLessThanOrEqual(1);
  }
}

/** SPEC 5 and 7 over the whole model: every row, the month grid, and longer periods as sums of months. */
export function checkReport(model: ReportModel): void {
  const { settings } = model;
  const slaMonths = { month: 1, quarter: 3, year: 12 }[settings.period];
  for (const r of model.months) checkRow(r, usersFor(settings, r.service), feeFor(settings, r.service), 1);
  for (const r of [...model.quarters, ...model.years, ...model.summary]) {
    const months = r.period === 'all' ? null : r.period.includes('Q') ? 3 : 12;
    // a row of the SLA period (whole: not cut by the range) owes its own credit; a longer one sums them
    const own = months !== null && months === slaMonths ? monthsIn(r.fromMonth, r.toMonth) : null;
    checkRow(r, usersFor(settings, r.service), feeFor(settings, r.service), own);
  }

  expect(model.services[0]).toBe('*');
  // every month of the range for every service, sorted by service (`*` first) then month
  expect(model.months.map((m) => `${m.service}|${m.month}`)).toEqual(
    model.services.flatMap((s) => model.monthKeys.map((k) => `${s}|${k}`)),
  );
  expect([...model.monthKeys].sort()).toEqual(model.monthKeys);
  expect(model.summary.map((s) => s.service)).toEqual(model.services);

  for (const period of [...model.quarters, ...model.years, ...model.summary]) {
    const inside = model.months.filter(
      (m) => m.service === period.service && m.month! >= period.fromMonth && m.month! <= period.toMonth,
    );
    expect(inside.length, `${period.service} ${period.period}`).toBeGreaterThan(0);
    for (const k of SUMMED) {
      if (period[k] === null) continue;
      close(
        period[k],
        inside.reduce((a, m) => a + m[k]!, 0),
        `${period.service} ${period.period} ${k} = sum of months`,
      );
    }
    if (period.coveredMinutes !== undefined) {
      close(
        period.coveredMinutes,
        inside.reduce((a, m) => a + m.coveredMinutes!, 0),
        `${period.service} ${period.period} coveredMinutes = sum of months`,
      );
    }
    for (const s of SEVERITIES) {
      expect(period.counts[s], `${period.period} ${s} count = sum of months`).toBe(
        inside.reduce((a, m) => a + m.counts[s], 0),
      );
    }
    // an episode crossing a month boundary counts once in the longer period, never more than in its months
    expect(period.episodes).toBeLessThanOrEqual(inside.reduce((a, m) => a + m.episodes, 0));
    // under monthly SLAs, a longer period's credit amount is its months' amounts summed
    if (settings.period === 'month' && period.creditAmount !== null) {
      close(
        period.creditAmount,
        inside.reduce((a, m) => a + m.creditAmount!, 0),
        `${period.period} credit amount = sum of months`,
      );
    }
  }
}

function monthsIn(from: string, to: string): number {
  const index = (k: string) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7));
  return index(to) - index(from) + 1;
}
